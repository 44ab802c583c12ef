using CutoverBot.Core.Entries;

namespace CutoverBot.Core.MessageActions;

/// <summary>
/// Data for cards/message-entry-saved.json: the confirmation (or "already logged") shown in the task module, to the
/// one person who logged it. It may carry patient details, so it is never posted to a conversation.
/// </summary>
public sealed record MessageEntrySavedCardData : IShowsEntries
{
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required IReadOnlyList<FactData> Fields { get; init; }
    public required bool HasMissing { get; init; }
    public required string MissingText { get; init; }
    public required string NextStep { get; init; }
    public bool HasOpen { get; init; }
    public string OpenTitle { get; init; } = "";
    public string OpenEntryId { get; init; } = "";
    public bool HasLink { get; init; }
    public string Link { get; init; } = "";
    /// <summary>The entry shown, for the audit trail; not bound by the template.</summary>
    public string Reference { get; init; } = "";
    public string EntryId { get; init; } = "";
    public string PracticeId { get; init; } = "";
    /// <summary>True when the card shows the entry's patient details (a view the audit trail records).</summary>
    public bool ShowsPatientDetails { get; init; }

    IEnumerable<ShownEntry> IShowsEntries.EntriesShown() => ShowsPatientDetails ? [ShownEntry.Of(PracticeId, EntryId, Reference)] : [];
}
