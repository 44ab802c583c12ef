using System.Collections.Concurrent;
using System.Globalization;
using CutoverBot.Core.Entries;
using Cronos;

namespace CutoverBot.Scheduling;

/// <summary>
/// When a practice's morning post falls, in Europe/London. Cronos does the zone arithmetic: a time that the spring clock
/// change skips fires at the end of the gap, and a time the autumn change repeats fires once, at its first occurrence.
/// </summary>
public static class MorningSchedule
{
    private static readonly TimeZoneInfo London = LondonTime.Zone;

    private static readonly ConcurrentDictionary<TimeOnly, CronExpression> Expressions = new();

    public static DateOnly LondonDate(DateTimeOffset instant) => LondonTime.DateOf(instant);

    /// <summary>The instant of the post on the London date <paramref name="date"/>.</summary>
    public static DateTimeOffset PostTimeOn(TimeOnly time, DateOnly date)
    {
        // London midnight always exists (the clocks change at 01:00 and 02:00), so the day starts unambiguously.
        return CronFor(time).GetNextOccurrence(LondonTime.StartOf(date), London, inclusive: true)
            ?? throw new InvalidOperationException("A daily schedule always has a next occurrence.");
    }

    /// <summary>The first post instant strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextPostTime(TimeOnly time, DateTimeOffset after) =>
        CronFor(time).GetNextOccurrence(after, London)
            ?? throw new InvalidOperationException("A daily schedule always has a next occurrence.");

    private static CronExpression CronFor(TimeOnly time) =>
        Expressions.GetOrAdd(new TimeOnly(time.Hour, time.Minute), t =>
            CronExpression.Parse(string.Create(CultureInfo.InvariantCulture, $"{t.Minute} {t.Hour} * * *")));
}
