namespace CutoverBot.Core.Entries;

/// <summary>Data for cards/my-entries.json: one page of the user's entries, newest first. Personal chat only.</summary>
public sealed record MyEntriesCardData : IShowsEntries
{
    public required string Title { get; init; }
    public required string PageText { get; init; }
    public required IReadOnlyList<MyEntryRow> Entries { get; init; }
    public required bool IsEmpty { get; init; }
    public required string EmptyText { get; init; }
    public required bool HasMore { get; init; }
    public required int NextPage { get; init; }
    /// <summary>The practice listed; empty for entries held without one. For the audit trail, not the template.</summary>
    public string PracticeId { get; init; } = "";

    // A held entry's row says "(no reference yet)" instead of a reference.
    IEnumerable<ShownEntry> IShowsEntries.EntriesShown() =>
        Entries.Select(r => new ShownEntry(PracticeId, r.EntryId, r.Reference.StartsWith('(') ? "" : r.Reference));
}
