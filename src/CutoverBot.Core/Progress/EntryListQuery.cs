namespace CutoverBot.Core.Progress;

/// <summary>What the personal tab asks for: everyone's entries (the manager only), a kind, a status, part of a reference.</summary>
public sealed record EntryListQuery(bool Everyone, string? Kind, string? Status, string? Reference);
