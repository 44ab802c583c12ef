using CutoverBot.Core.Practices;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Works out a day's list. A task shows under "today" on every day of its window until it is ticked, and under
/// "overdue" from the day after its window until it is ticked. A task ticked on or after the list's day stays on that
/// list (shown as done), so a card does not lose the line someone just ticked, even on yesterday's card.
/// A daily task has a round of its own on every day of its window, ticked for that day only; a round not ticked is
/// never carried forward as overdue (it stays tickable on its own day's card).
/// Tasks whose window closed before the practice set the bot up are not overdue: they are listed apart as earlier
/// tasks, until each is ticked.
/// </summary>
public sealed class DailyChecklistBuilder(CutoverCatalog catalog, IChecklistTickStore ticks)
{
    /// <summary>The list for a set-up practice; throws when the practice has no dates yet.</summary>
    public DailyChecklist Build(Practice practice, DateOnly date)
    {
        var dates = CutoverCalendar.DatesOf(practice) ?? throw new InvalidOperationException("The practice has not been set up.");
        var ticked = ticks.ForPractice(practice.Id);
        var today = new List<ChecklistItem>();
        var overdue = new List<ChecklistItem>();
        var daily = new List<ChecklistItem>();
        var earlier = new List<ChecklistItem>();
        foreach (var task in catalog.TasksFor(practice.IsDispensing))
        {
            var starts = task.StartsOn(dates);
            var ends = task.EndsOn(dates);
            if (starts > date) continue;
            if (task.Daily)
            {
                if (date <= ends) daily.Add(new ChecklistItem(task, starts, ends, TickOf(ticked, task.Id, date), false));
                continue;
            }
            var tick = TickOf(ticked, task.Id, null);
            if (tick is not null && LondonTime.DateOf(tick.At) < date) continue;
            if (practice.SetUpOn is { } joined && ends < joined) earlier.Add(new ChecklistItem(task, starts, ends, tick, false));
            else if (ends >= date) today.Add(new ChecklistItem(task, starts, ends, tick, false));
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
            CutoverCalendar.NextMilestone(dates, date))
        {
            Daily = daily,
            Earlier = earlier.OrderByDescending(i => i.EndsOn).ToList(),
        };
    }

    /// <summary>The first day any task of this practice is due to start (six weeks before FDP with the built-in catalog).</summary>
    public DateOnly? FirstTaskDay(Practice practice) =>
        CutoverCalendar.DatesOf(practice) is { } dates && catalog.TasksFor(practice.IsDispensing).Any()
            ? catalog.TasksFor(practice.IsDispensing).Min(t => t.StartsOn(dates))
            : null;

    private static ChecklistTick? TickOf(IReadOnlyDictionary<string, ChecklistTick> ticked, string taskId, DateOnly? day) =>
        ticked.TryGetValue(ChecklistTick.TaskKey(taskId, day), out var tick) ? tick : null;
}
