using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Entries;

/// <summary>
/// Which entries a card shows patient details of, read from the card's own data: the entry card (with its correction
/// form), the my-entries list and the re-entry view are the only templates that carry them.
/// </summary>
internal static class AuditViews
{
    public readonly record struct Shown(string PracticeId, Guid EntryId, string Reference);

    public static IEnumerable<Shown> EntriesOn(CardReply? card) => card?.Data switch
    {
        EntrySavedCardData d => [new Shown(d.PracticeId, Guid.TryParse(d.EntryId, out var id) ? id : Guid.Empty, d.Reference)],
        // A held entry's row says "(no reference yet)" instead of a reference.
        MyEntriesCardData d => d.Entries.Select(r => new Shown(d.PracticeId, r.EntryId, r.Reference.StartsWith('(') ? "" : r.Reference)),
        ReentryViewCardData d => d.Rows.Select(r => new Shown(d.PracticeId, Guid.TryParse(r.EntryId, out var id) ? id : Guid.Empty, r.Reference)),
        MessageActions.MessageEntrySavedCardData { ShowsPatientDetails: true } d =>
            [new Shown(d.PracticeId, Guid.TryParse(d.EntryId, out var id) ? id : Guid.Empty, d.Reference)],
        _ => [],
    };
}
