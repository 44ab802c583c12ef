using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Counts of a practice's entries for the morning cards. Only categories and counts leave this class: the cards it
/// feeds go to channels, where patient details must never appear.
/// </summary>
public sealed class EntryActivity(IEntryStore entries)
{
    /// <summary>Live entries logged on a London day, per category, in the catalog order of categories; empty categories left out.</summary>
    public IReadOnlyList<CategoryCount> LoggedOn(string practiceId, DateOnly londonDate) =>
        // From the practice's outlines (on LiteDB kept in memory and in step with every save): no patient details are opened.
        entries.CategoriesLoggedOn(practiceId, londonDate)
            .GroupBy(c => c)
            .OrderBy(g => g.Key)
            .Select(g => new CategoryCount(g.Key, g.Count()))
            .ToList();

    /// <summary>Live entries still waiting for re-entry that lack something their kind needs (a name, a date of birth...).</summary>
    public int MissingDetails(string practiceId) =>
        entries.OutlinesForPractice(practiceId, EntryStatus.Pending).Count(e => e.Missing != RequiredFields.None);

    // Every tick and morning card asks: counted in the practice's outlines, not by reading each entry.
    /// <summary>Live entries still waiting for re-entry into the new system.</summary>
    public int Pending(string practiceId) => entries.Count(practiceId, EntryStatus.Pending);
}
