namespace CutoverBot.Core.Entries;

/// <summary>The practice's clock: every "today" and every date shown is the Europe/London one, whatever the server's zone.</summary>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset Now(TimeProvider time) => ToLondon(time.GetUtcNow());

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    public static DateTimeOffset ToLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The London date of an instant: the practice's day starts at midnight London time, whatever the clock change.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLondon(instant).DateTime);

    /// <summary>The instant a London day begins.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
