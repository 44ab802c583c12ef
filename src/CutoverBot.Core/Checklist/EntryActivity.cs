using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Counts of a practice's entries for the morning cards. Only categories and counts leave this class: the cards it
/// feeds go to channels, where patient details must never appear.
/// </summary>
public sealed class EntryActivity(CutoverDatabase db)
{
    private readonly ILiteCollection<Entry> _entries = db.Collection<Entry>("entries");

    /// <summary>Live entries logged on a London day, per category, in the catalog order of categories; empty categories left out.</summary>
    public IReadOnlyList<CategoryCount> LoggedOn(string practiceId, DateOnly londonDate)
    {
        var from = LondonTime.StartOf(londonDate);
        var to = LondonTime.StartOf(londonDate.AddDays(1));
        // Only the category of each entry of that day is read: no patient details are loaded to count them.
        return _entries.Query()
            .Where(e => e.PracticeId == practiceId && !e.Deleted && e.LoggedAt >= from && e.LoggedAt < to)
            .Select(e => new { e.Category }).ToList()
            .GroupBy(e => e.Category)
            .OrderBy(g => g.Key)
            .Select(g => new CategoryCount(g.Key, g.Count()))
            .ToList();
    }

    /// <summary>Live entries still waiting for re-entry that lack something their kind needs (a name, a date of birth...).</summary>
    public int MissingDetails(string practiceId) =>
        Live(practiceId).Count(e => e.Status == EntryStatus.Pending && EntryCompleteness.Missing(e) != RequiredFields.None);

    // Counted in the database: every tick and morning card asks, and loading each entry to count it cost a
    // practice's whole list per click.
    /// <summary>Live entries still waiting for re-entry into the new system.</summary>
    public int Pending(string practiceId) => _entries.Count(e => e.PracticeId == practiceId && !e.Deleted && e.Status == EntryStatus.Pending);

    private IEnumerable<Entry> Live(string practiceId) => _entries.Find(e => e.PracticeId == practiceId && !e.Deleted);
}
