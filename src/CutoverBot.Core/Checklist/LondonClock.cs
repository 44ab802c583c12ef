using System.Globalization;

namespace CutoverBot.Core.Checklist;

/// <summary>UK dates and times for what staff read: the practice's day starts at midnight Europe/London, whatever the clock change.</summary>
internal static class LondonClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static DateTimeOffset ToLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLondon(instant).DateTime);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The instant a London day begins.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>"Thursday 26 November 2026".</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", Uk);

    /// <summary>"Thu 26 Nov".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("ddd d MMM", Uk);

    /// <summary>"09:14", London time.</summary>
    public static string Time(DateTimeOffset instant) => ToLondon(instant).ToString("HH:mm", Uk);
}
