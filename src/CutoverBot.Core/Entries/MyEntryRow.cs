namespace CutoverBot.Core.Entries;

/// <summary>One line of the my-entries list.</summary>
public sealed record MyEntryRow(string Reference, string Kind, string When, string Patient, string Status, bool HasMissing, string MissingText,
    Guid EntryId = default);
