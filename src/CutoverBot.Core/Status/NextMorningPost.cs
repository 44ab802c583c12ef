using System.Globalization;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Status;

/// <summary>
/// When a practice's next morning post falls, or why there is none, by the rules the scheduler and the planner use:
/// active and set up practices only, from the first checklist day, until legacy access ends, once a London day.
/// </summary>
public static class NextMorningPost
{
    /// <param name="practice">The practice.</param>
    /// <param name="firstTaskDay">The first day of its calendar (nothing is posted before it).</param>
    /// <param name="postedToday">True when today's channel post is already in the post log, whatever the time says now.</param>
    /// <param name="now">The current instant.</param>
    public static string Describe(Practice practice, DateOnly? firstTaskDay, bool postedToday, DateTimeOffset now)
    {
        if (!practice.Active) return "None: CutoverBot is no longer in the team, so nothing is posted";
        if (CutoverCalendar.DatesOf(practice) is not { } dates) return "None until setup is done (type setup)";

        var london = LondonTime.ToLondon(now);
        var today = DateOnly.FromDateTime(london.DateTime);
        var passed = TimeOnly.FromDateTime(london.DateTime) >= practice.MorningPostTime;
        var date = postedToday || passed ? today.AddDays(1) : today;
        if (firstTaskDay is { } first && first > date) date = first;
        if (CutoverCalendar.PhaseOn(dates, date) == CutoverPhase.Closed)
            return $"None: the cutover is over (legacy access ended {UkFormat.LongDate(dates.LegacyAccessEnds)})";

        var when = $"{UkFormat.DayDate(date, today)} at {practice.MorningPostTime.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        return date == today ? when + " (today)" : date == today.AddDays(1) ? when + " (tomorrow)" : when;
    }
}
