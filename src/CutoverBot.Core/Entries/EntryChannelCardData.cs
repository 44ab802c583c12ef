namespace CutoverBot.Core.Entries;

/// <summary>
/// Data for cards/entry-channel.json, the reply in a channel where guests may read it. It has no patient fields
/// at all, so neither this record nor its template can ever show one.
/// </summary>
public sealed record EntryChannelCardData
{
    public required string Title { get; init; }
    public required string Reference { get; init; }
    public required string Kind { get; init; }
    public required string LoggedBy { get; init; }
    public required bool HasMissing { get; init; }
    public required string MissingText { get; init; }
    /// <summary>True when nothing the kind needs is missing, so the card can say so instead of going quiet.</summary>
    public bool IsComplete { get; init; }
    public string CompleteText { get; init; } = "";
    public required string PrivateNote { get; init; }
    public required bool ShowReminder { get; init; }
    public required string ReminderText { get; init; }
    /// <summary>Which entry the card is for, so the host can update it in place later. Not shown on the card.</summary>
    public string EntryId { get; init; } = "";
}
