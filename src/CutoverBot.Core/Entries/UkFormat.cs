using System.Globalization;

namespace CutoverBot.Core.Entries;

/// <summary>How dates and NHS numbers are shown to staff in England: day first, NHS numbers in 3-3-4 groups.</summary>
public static class UkFormat
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>26/11/2026.</summary>
    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Thu 26 Nov (with the year when it is not this year's).</summary>
    public static string DayDate(DateOnly? date, DateOnly today) => date switch
    {
        null => "",
        { } d when d.Year == today.Year => d.ToString("ddd d MMM", Uk),
        { } d => d.ToString("ddd d MMM yyyy", Uk),
    };

    /// <summary>Thu 26 Nov 2026.</summary>
    public static string LongDate(DateOnly? date) => date?.ToString("ddd d MMM yyyy", Uk) ?? "";

    /// <summary>Thursday 26 November 2026.</summary>
    public static string FullDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", Uk);

    /// <summary>Thu 26 Nov.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("ddd d MMM", Uk);

    /// <summary>09:14, in London time.</summary>
    public static string Time(DateTimeOffset instant) => LondonTime.ToLondon(instant).ToString("HH:mm", Uk);

    /// <summary>Thu 26 Nov 09:15, in London time.</summary>
    public static string LoggedAt(DateTimeOffset instant) => LondonTime.ToLondon(instant).ToString("ddd d MMM HH:mm", Uk);

    /// <summary>943 476 5919.</summary>
    public static string NhsNumber(string? digits) =>
        digits is { Length: 10 } ? $"{digits[..3]} {digits[3..6]} {digits[6..]}" : digits ?? "";

    /// <summary>yyyy-MM-dd, the value an Input.Date expects.</summary>
    public static string IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
