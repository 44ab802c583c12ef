namespace CutoverBot.Core.Parsing;

/// <summary>Turns typed day, month and year numbers into a date, UK style.</summary>
internal static class UkDate
{
    /// <summary>
    /// The date, or null when that day does not exist. A two-digit year is the most recent year that puts the date
    /// on or before <paramref name="today"/> ("48" is 1948; "26" is 2026 unless that is still to come, then 1926).
    /// A four-digit year before 1900 is taken as a typo and refused.
    /// </summary>
    public static DateOnly? Resolve(int day, int month, int year, int yearDigits, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1) return null;
        if (yearDigits == 2)
        {
            year += today.Year / 100 * 100;
            if ((year, month, day).CompareTo((today.Year, today.Month, today.Day)) > 0) year -= 100;
        }
        else if (year < 1900 || year > 9999) return null;
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>A day and month with no year: the most recent such day, today included ("on 24/11").</summary>
    public static DateOnly? ResolveWithoutYear(int day, int month, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1) return null;
        var year = (month, day).CompareTo((today.Month, today.Day)) > 0 ? today.Year - 1 : today.Year;
        // 29 February rolls back to the last leap year so a real day is never refused.
        while (day > DateTime.DaysInMonth(year, month) && year > today.Year - 8) year--;
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>A day with no month ("on the 24th"): that day of this month, else of the most recent month that has it.</summary>
    public static DateOnly? ResolveDayOfMonth(int day, DateOnly today)
    {
        if (day is < 1 or > 31) return null;
        var month = new DateOnly(today.Year, today.Month, 1);
        if (day > today.Day) month = month.AddMonths(-1);
        while (day > DateTime.DaysInMonth(month.Year, month.Month)) month = month.AddMonths(-1);
        return new DateOnly(month.Year, month.Month, day);
    }

    public static int? MonthFromName(string name) =>
        name.Length < 3 ? null : name[..3].ToLowerInvariant() switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => null,
        };
}
