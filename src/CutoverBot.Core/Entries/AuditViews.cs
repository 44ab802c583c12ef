using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Entries;

/// <summary>
/// Which entries a card shows patient details of, read from the card's own data (<see cref="IShowsEntries"/>): the
/// entry card, the my-entries list, the re-entry view and the message extension's confirmation carry them.
/// </summary>
internal static class AuditViews
{
    public static IEnumerable<ShownEntry> EntriesOn(CardReply? card) => card?.Data is IShowsEntries shows ? shows.EntriesShown() : [];
}
