using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Progress;

namespace CutoverBot.Core.Sharing;

/// <summary>Builds a team's programme view from the practices that share with it, from counts that open no patient details.</summary>
public sealed class ProgrammeProgress(IProgressShareStore shares, IPracticeStore practices, IEntryStore entries, ChecklistProgress checklist, TimeProvider time)
{
    public ProgrammeView For(Practice team)
    {
        ArgumentNullException.ThrowIfNull(team);
        var today = LondonTime.Today(time);
        var rows = shares.SharedWith(team.Id)
            .Select(s => practices.Find(s.PracticeId))
            .OfType<Practice>()
            .Where(p => p.Active)
            .Select(p => Row(p, today))
            .OrderBy(r => r.GoLive ?? DateOnly.MaxValue).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var total = new ProgrammeRow($"Total ({rows.Count} {(rows.Count == 1 ? "practice" : "practices")})", null, null, null, null, null,
            rows.Sum(r => r.ChecklistDone), rows.Sum(r => r.ChecklistTotal), rows.Sum(r => r.ChecklistOverdue), rows.Sum(r => r.EntriesLogged),
            rows.Sum(r => r.ReentryOutstanding), null);
        return new ProgrammeView(team.Name, rows, total);
    }

    private ProgrammeRow Row(Practice practice, DateOnly today)
    {
        var outlines = entries.OutlinesForPractice(practice.Id);
        var pending = outlines.Count(o => o.Status == EntryStatus.Pending);
        if (CutoverCalendar.DatesOf(practice) is not { } dates)
            return new ProgrammeRow(practice.Name, practice.OdsCode, null, "Not set up yet", null, null, 0, 0, 0, outlines.Count, pending, null);
        var (byPhase, _) = checklist.For(practice, dates, today);
        return new ProgrammeRow(practice.Name, practice.OdsCode, PhaseNames.Slug(CutoverCalendar.PhaseOn(dates, today)), CutoverCalendar.PhaseText(dates, today),
            dates.Fdp, dates.GoLive, byPhase.Sum(p => p.Done), byPhase.Sum(p => p.Total), byPhase.Sum(p => p.Overdue), outlines.Count, pending,
            Math.Max(0, dates.LegacyAccessEnds.DayNumber - today.DayNumber));
    }
}
