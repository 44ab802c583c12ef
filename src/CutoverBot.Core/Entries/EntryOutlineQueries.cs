using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>What both engines answer from a practice's outlines held in memory, so neither asks its database again.</summary>
internal static class EntryOutlineQueries
{
    public static List<EntryOutline> InStatus(this IReadOnlyList<EntryOutline> outlines, EntryStatus status) =>
        outlines.Where(e => e.Status == status).ToList();

    public static int CountIn(this IReadOnlyList<EntryOutline> outlines, EntryStatus status) => outlines.Count(e => e.Status == status);

    public static List<EntryCategory> CategoriesLoggedOn(this IReadOnlyList<EntryOutline> outlines, DateOnly londonDate)
    {
        var from = LondonTime.StartOf(londonDate);
        var to = LondonTime.StartOf(londonDate.AddDays(1));
        return outlines.Where(e => e.LoggedAt >= from && e.LoggedAt < to).Select(e => e.Category).ToList();
    }
}
