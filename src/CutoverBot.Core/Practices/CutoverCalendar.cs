
namespace CutoverBot.Core.Practices;

/// <summary>Which phase a practice is in on a London date, said the way staff count it.</summary>
public static class CutoverCalendar
{
    public static CutoverPhase PhaseOn(CutoverDates dates, DateOnly date)
    {
        if (date < dates.Fdp) return CutoverPhase.Preparation;
        if (date == dates.Fdp) return CutoverPhase.Fdp;
        if (date < dates.GoLive) return CutoverPhase.Cutover;
        if (date == dates.GoLive) return CutoverPhase.GoLive;
        return date <= dates.LegacyAccessEnds ? CutoverPhase.After : CutoverPhase.Closed;
    }

    /// <summary>"FDP in 9 days", "Cutover day 3 of 5", "Day 4 after go-live: legacy access ends in 86 days"...</summary>
    public static string PhaseText(CutoverDates dates, DateOnly date)
    {
        switch (PhaseOn(dates, date))
        {
            case CutoverPhase.Preparation:
                var toFdp = dates.Fdp.DayNumber - date.DayNumber;
                return toFdp == 1 ? "FDP is tomorrow" : $"FDP in {toFdp} days";
            case CutoverPhase.Fdp:
                return "FDP day";
            case CutoverPhase.Cutover:
                return $"Cutover day {date.DayNumber - dates.Fdp.DayNumber} of {dates.CutoverDays}";
            case CutoverPhase.GoLive:
                return "Go-live day";
            case CutoverPhase.After:
                var after = date.DayNumber - dates.GoLive.DayNumber;
                var left = dates.LegacyAccessEnds.DayNumber - date.DayNumber;
                var ends = left switch { 0 => "ends today", 1 => "ends tomorrow", _ => $"ends in {left} days" };
                return $"Day {after} after go-live: legacy access {ends}";
            default:
                return "Cutover closed";
        }
    }

    /// <summary>The next of FDP, go-live and the end of legacy access from this date (today counts), or null once all have passed.</summary>
    public static Milestone? NextMilestone(CutoverDates dates, DateOnly date)
    {
        (string Name, DateOnly Date)[] milestones =
            [("FDP", dates.Fdp), ("Go-live", dates.GoLive), ("End of legacy access", dates.LegacyAccessEnds)];
        foreach (var (name, on) in milestones)
        {
            if (on >= date) return new Milestone(name, on, on.DayNumber - date.DayNumber);
        }
        return null;
    }

    /// <summary>The dates of a practice, or null until setup.</summary>
    public static CutoverDates? DatesOf(Practices.Practice practice) =>
        practice is { FdpDate: { } fdp, GoLiveDate: { } goLive } ? new CutoverDates(fdp, goLive) : null;
}
