using CutoverBot.Core.Practices;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Works out a day's list. A task shows under "today" on every day of its window until it is ticked, and under
/// "overdue" from the day after its window until it is ticked. A task ticked on or after the list's day stays on that
/// list (shown as done), so a card does not lose the line someone just ticked, even on yesterday's card.
/// Tasks whose window closed before the practice set the bot up are not tracked (setup tells the manager about them).
/// </summary>
public sealed class DailyChecklistBuilder(CutoverCatalog catalog, ChecklistTickStore ticks)
{
    public CutoverCatalog Catalog => catalog;

    /// <summary>The list for a set-up practice; throws when the practice has no dates yet.</summary>
    public DailyChecklist Build(Practice practice, DateOnly date)
    {
        var dates = CutoverCalendar.DatesOf(practice) ?? throw new InvalidOperationException("The practice has not been set up.");
        var ticked = ticks.ForPractice(practice.Id);
        var today = new List<ChecklistItem>();
        var overdue = new List<ChecklistItem>();
        foreach (var task in catalog.TasksFor(practice.IsDispensing))
        {
            var starts = task.StartsOn(dates);
            var ends = task.EndsOn(dates);
            if (starts > date || (practice.SetUpOn is { } joined && ends < joined)) continue;
            ticked.TryGetValue(task.Id, out var tick);
            if (tick is not null && LondonTime.DateOf(tick.At) < date) continue;
            if (ends >= date) today.Add(new ChecklistItem(task, starts, ends, tick, false));
            else overdue.Add(new ChecklistItem(task, starts, ends, tick, tick is null));
        }
        var phase = CutoverCalendar.PhaseOn(dates, date);
        return new DailyChecklist(
            date,
            dates,
            phase,
            CutoverCalendar.PhaseText(dates, date),
            today.OrderBy(i => i.EndsOn).ThenBy(i => i.StartsOn).ToList(),
            // Most recently missed first: those are the ones still worth catching up on.
            overdue.OrderByDescending(i => i.EndsOn).ToList(),
            catalog.RemindersFor(phase, practice.IsDispensing).ToList(),
            CutoverCalendar.NextMilestone(dates, date));
    }

    /// <summary>The first day any task of this practice is due to start (six weeks before FDP with the built-in catalog).</summary>
    public DateOnly? FirstTaskDay(Practice practice) =>
        CutoverCalendar.DatesOf(practice) is { } dates && catalog.TasksFor(practice.IsDispensing).Any()
            ? catalog.TasksFor(practice.IsDispensing).Min(t => t.StartsOn(dates))
            : null;

    /// <summary>Tasks of this practice whose window closed before the given day: the ones setup says are not tracked.</summary>
    public IReadOnlyList<CutoverTask> EndedBefore(Practice practice, DateOnly date)
    {
        var dates = CutoverCalendar.DatesOf(practice);
        return dates is null ? [] : catalog.TasksFor(practice.IsDispensing).Where(t => t.EndsOn(dates) < date).ToList();
    }
}
