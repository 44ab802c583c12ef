using CutoverBot.Core.Entries;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// Data for cards/reentry-view.json: the entries still to re-enter with patient details, for one person (or for
/// the practice manager, everyone's). Only ever returned as a user-specific view or in personal chat.
/// </summary>
public sealed record ReentryViewCardData : IShowsEntries
{
    public required string PracticeId { get; init; }
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    public required bool HasStatus { get; init; }
    public required string StatusText { get; init; }
    public required string PrivacyNote { get; init; }
    public required bool IsEmpty { get; init; }
    public required string EmptyText { get; init; }
    public required IReadOnlyList<ReentryViewRow> Rows { get; init; }
    public required bool HasConfirmAll { get; init; }
    public required string ConfirmAllTitle { get; init; }
    public required int Page { get; init; }
    public required string PageText { get; init; }
    public required bool HasPrevious { get; init; }
    public required int PreviousPage { get; init; }
    public required bool HasNext { get; init; }
    public required int NextPage { get; init; }

    IEnumerable<ShownEntry> IShowsEntries.EntriesShown() => Rows.Select(r => ShownEntry.Of(PracticeId, r.EntryId, r.Reference));
}
