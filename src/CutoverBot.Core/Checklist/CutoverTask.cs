using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// One thing the guide says must happen, due on a day or over a window counted from FDP or go-live. A
/// <see cref="Daily"/> task is a routine done afresh on every day of its window (today's paper results, today's
/// prescription requests): each day has its own tick. <see cref="Counts"/> names the kinds of entry whose number still
/// to re-enter the card shows beside the task.
/// </summary>
public sealed record CutoverTask(
    string Id,
    string Title,
    string Guidance,
    IReadOnlyList<TaskAudience> Audience,
    DayOffset From,
    DayOffset To,
    bool DispensingOnly,
    bool Daily = false,
    IReadOnlyList<EntryCategory>? Counts = null)
{
    public DateOnly StartsOn(CutoverDates dates) => From.Resolve(dates);

    public DateOnly EndsOn(CutoverDates dates) => To.Resolve(dates);

    public bool AppliesTo(bool isDispensing) => isDispensing || !DispensingOnly;

    /// <summary>True when a daily task has a round on this date for these dates.</summary>
    public bool RunsOn(CutoverDates dates, DateOnly date) => StartsOn(dates) <= date && date <= EndsOn(dates);
}
