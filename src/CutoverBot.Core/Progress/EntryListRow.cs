namespace CutoverBot.Core.Progress;

/// <summary>One line of the personal tab's list: no patient details (those are behind "details", which is audited).</summary>
public sealed record EntryListRow(
    Guid Id, string Reference, string Kind, string KindLabel, string Status, string Logged, string? OccurredOn, string AuthorName,
    bool IsComplete, bool CanConfirm);
