using System.Globalization;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Checklist;

// Builds the card's "Earlier tasks still open" section: a page of rows at a time, so even a practice that sets up in
// the middle of cutover (thirty-odd tasks behind it) gets a card well under Teams' size limit.
internal static class EarlierTasksSection
{
    /// <summary>Rows on one page of the section.</summary>
    public const int PageSize = 10;

    /// <summary>Up to this many, the section is shown open; more are folded behind a Show button.</summary>
    public const int ShownOpenUpTo = 3;

    /// <summary>
    /// The section for a card; <paramref name="page"/> (from 1) is set when someone asked for a page of it, and then the
    /// section is drawn open there. A page past the end shows the last one.
    /// </summary>
    public static EarlierTasksCardData For(IReadOnlyList<ChecklistItem> earlier, DateOnly cardDate, DateOnly? setUpOn, int? page)
    {
        if (earlier.Count == 0) return EarlierTasksCardData.None;
        var pages = PageCount(earlier.Count);
        var current = Math.Clamp(page ?? 1, 1, pages);
        var open = earlier.Count(i => !i.IsDone);
        var skip = (current - 1) * PageSize;
        var rows = earlier.Skip(skip).Take(PageSize).Select(i => ChecklistRows.For(i, cardDate, earlierPage: current)).ToList();
        var since = setUpOn is { } joined ? $" on {UkFormat.ShortDate(joined)}" : "";
        return new EarlierTasksCardData(
            open == 0 ? "Earlier tasks: all ticked" : $"Earlier tasks still open: {open}",
            $"Their dates had passed when CutoverBot was set up{since}, so they are not marked overdue. Tick any that were done.",
            earlier.Count > ShownOpenUpTo,
            earlier.Count <= ShownOpenUpTo || page is not null,
            earlier.Count == 1 ? "Show it" : $"Show the {earlier.Count} tasks",
            rows,
            pages > 1,
            $"Tasks {skip + 1} to {skip + rows.Count} of {earlier.Count}",
            current > 1,
            Text(current - 1),
            current < pages,
            Text(current + 1));
    }

    public static int PageCount(int items) => Math.Max(1, (items + PageSize - 1) / PageSize);

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
