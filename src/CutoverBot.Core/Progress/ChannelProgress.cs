using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Progress;

/// <summary>
/// Builds the channel tab's view from outlines (no patient details are opened), the checklist ticks and the times
/// entries were confirmed.
/// </summary>
public sealed class ChannelProgress(IEntryStore entries, ChecklistProgress checklist, ReentryTimes times, TimeProvider time)
{
    /// <summary>Longest run of days the entries chart shows (a cutover is weeks; legacy access lasts 90 days).</summary>
    public const int MaxChartDays = 120;

    public ChannelView For(Practice practice)
    {
        var today = LondonTime.Today(time);
        var outlines = entries.OutlinesForPractice(practice.Id);
        var dates = CutoverCalendar.DatesOf(practice);
        var kinds = outlines.Select(o => o.Category).Distinct().Order().Select(c => EntryCategoryInfo.For(c))
            .Select(i => new KindInfo(i.Slug, i.Label)).ToList();
        var perDay = EntriesPerDay(outlines, kinds, dates, today);
        if (dates is null)
        {
            return new ChannelView(practice.Name, false, null, null, null, null, null, null, null, null, [], [], kinds, perDay, outlines.Count,
                false, [], [], []);
        }

        var (byPhase, overdue) = checklist.For(practice, dates, today);
        var after = today >= dates.GoLive;
        return new ChannelView(
            practice.Name, true, PhaseNames.Slug(CutoverCalendar.PhaseOn(dates, today)), CutoverCalendar.PhaseText(dates, today),
            dates.Fdp, dates.GoLive, dates.LegacyAccessEnds,
            dates.Fdp.DayNumber - today.DayNumber, dates.GoLive.DayNumber - today.DayNumber, dates.LegacyAccessEnds.DayNumber - today.DayNumber,
            byPhase, overdue, kinds, perDay, outlines.Count, after,
            after ? Burndown(practice.Id, outlines, dates, today) : [],
            after ? ByPerson(outlines) : [],
            after ? ByKind(outlines) : []);
    }

    private static List<DayEntries> EntriesPerDay(IReadOnlyList<EntryOutline> outlines, IReadOnlyList<KindInfo> kinds, CutoverDates? dates, DateOnly today)
    {
        if (outlines.Count == 0) return [];
        var counts = new Dictionary<DateOnly, int[]>();
        var column = kinds.Select((k, i) => (k.Kind, i)).ToDictionary(p => p.Kind, p => p.i, StringComparer.Ordinal);
        foreach (var o in outlines)
        {
            var day = LondonTime.DateOf(o.LoggedAt);
            if (!counts.TryGetValue(day, out var row)) counts[day] = row = new int[kinds.Count];
            row[column[EntryCategoryInfo.For(o.Category).Slug]]++;
        }
        var first = counts.Keys.Min();
        if (dates is not null && dates.Fdp < first) first = dates.Fdp;
        var last = counts.Keys.Max() > today ? counts.Keys.Max() : today;
        if (dates is not null && last > dates.LegacyAccessEnds && counts.Keys.Max() <= dates.LegacyAccessEnds) last = dates.LegacyAccessEnds;
        if (last.DayNumber - first.DayNumber >= MaxChartDays) first = last.AddDays(-(MaxChartDays - 1));
        var days = new List<DayEntries>();
        for (var d = first; d <= last; d = d.AddDays(1))
            days.Add(new DayEntries(d, counts.TryGetValue(d, out var row) ? row : new int[kinds.Count]));
        return days;
    }

    private List<DayOutstanding> Burndown(string practiceId, IReadOnlyList<EntryOutline> outlines, CutoverDates dates, DateOnly today)
    {
        var doneAt = times.DoneAt(practiceId);
        var last = today < dates.LegacyAccessEnds ? today : dates.LegacyAccessEnds;
        var days = last.DayNumber - dates.GoLive.DayNumber + 1;
        if (days <= 0) return [];
        // Each entry adds one from the day it was logged (go-live for earlier ones) and takes one away from the day it
        // was done: one pass over the entries, then a running sum over the days.
        var change = new int[days + 1];
        int Index(DateTimeOffset at) => Math.Clamp(LondonTime.DateOf(at).DayNumber - dates.GoLive.DayNumber, 0, days);
        foreach (var o in outlines)
        {
            var logged = Index(o.LoggedAt);
            change[logged]++;
            if (o.Status == EntryStatus.Pending) continue;
            // A done entry with no recorded time (older data) counts as done from when it was logged.
            var done = Index(doneAt.TryGetValue(o.Id, out var at) ? at : o.LoggedAt);
            change[Math.Max(done, logged)]--;
        }
        var points = new List<DayOutstanding>(days);
        var outstanding = 0;
        for (var i = 0; i < days; i++)
        {
            outstanding += change[i];
            points.Add(new DayOutstanding(dates.GoLive.AddDays(i), outstanding));
        }
        return points;
    }

    private static List<ReentryRow> ByPerson(IReadOnlyList<EntryOutline> outlines) =>
        outlines.GroupBy(o => o.AuthorId, StringComparer.Ordinal)
            .Select(g => Row(g.Last().AuthorName, g))
            .OrderByDescending(r => r.Pending).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();

    private static List<ReentryRow> ByKind(IReadOnlyList<EntryOutline> outlines) =>
        outlines.GroupBy(o => o.Category).OrderBy(g => g.Key)
            .Select(g => Row(EntryCategoryInfo.For(g.Key).Label, g)).ToList();

    private static ReentryRow Row(string name, IEnumerable<EntryOutline> group)
    {
        var list = group.ToList();
        return new ReentryRow(name, list.Count(o => o.Status == EntryStatus.Pending), list.Count(o => o.Status == EntryStatus.Reentered),
            list.Count(o => o.Status == EntryStatus.NotNeeded));
    }
}
