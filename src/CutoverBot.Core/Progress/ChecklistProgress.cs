using CutoverBot.Core.Checklist;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Progress;

/// <summary>
/// The checklist of a set-up practice as counts: each one-off task belongs to the phase its window starts in; it is
/// overdue once its window has closed unticked (not when it closed before the practice set the bot up, as on the
/// cards). Daily routines are left out: a round a day is not progress through the cutover.
/// </summary>
public sealed class ChecklistProgress(CutoverCatalog catalog, IChecklistTickStore ticks)
{
    private static readonly CutoverPhase[] Phases =
        [CutoverPhase.Preparation, CutoverPhase.Fdp, CutoverPhase.Cutover, CutoverPhase.GoLive, CutoverPhase.After];

    public (IReadOnlyList<PhaseProgress> ByPhase, IReadOnlyList<OverdueTask> Overdue) For(Practice practice, CutoverDates dates, DateOnly today)
    {
        var ticked = ticks.ForPractice(practice.Id);
        var rows = Phases.ToDictionary(p => p, _ => (Total: 0, Done: 0, Overdue: 0));
        var overdue = new List<OverdueTask>();
        foreach (var task in catalog.TasksFor(practice.IsDispensing).Where(t => !t.Daily))
        {
            var phase = CutoverCalendar.PhaseOn(dates, task.StartsOn(dates));
            if (!rows.TryGetValue(phase, out var row)) continue;
            var done = ticked.ContainsKey(ChecklistTick.TaskKey(task.Id, null));
            var ends = task.EndsOn(dates);
            var late = !done && ends < today && !(practice.SetUpOn is { } joined && ends < joined);
            rows[phase] = (row.Total + 1, row.Done + (done ? 1 : 0), row.Overdue + (late ? 1 : 0));
            if (late) overdue.Add(new OverdueTask(task.Id, task.Title, ends));
        }
        var byPhase = Phases.Where(p => rows[p].Total > 0)
            .Select(p => new PhaseProgress(PhaseNames.Slug(p), Name(p), rows[p].Total, rows[p].Done, rows[p].Overdue)).ToList();
        return (byPhase, overdue.OrderBy(t => t.DueBy).ThenBy(t => t.Title, StringComparer.Ordinal).ToList());
    }

    public static string Name(CutoverPhase phase) => phase switch
    {
        CutoverPhase.Preparation => "Preparation",
        CutoverPhase.Fdp => "FDP day",
        CutoverPhase.Cutover => "Cutover",
        CutoverPhase.GoLive => "Go-live day",
        CutoverPhase.After => "After go-live",
        _ => "Closed",
    };
}
