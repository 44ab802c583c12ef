using System.Globalization;
using System.Text.RegularExpressions;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Setup;

/// <summary>
/// Reads one cutover date, day first as UK staff type it (14/12/2026, 14.12.26, 14-12-2026, 14 Dec 2026) or as
/// Input.Date sends it (2026-12-14). Unlike a date of birth, a two-digit year here is always 20xx.
/// </summary>
internal static partial class SetupDateReader
{
    public static DateOnly? Read(string? text)
    {
        var value = text?.Trim().TrimEnd('.', ',') ?? "";
        if (value.Length is 0 or > 40) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        var numeric = Numeric().Match(value);
        if (numeric.Success) return Resolve(Int(numeric, "d"), Int(numeric, "m"), numeric.Groups["y"].Value);
        var named = Named().Match(value);
        if (named.Success && UkDate.MonthFromName(named.Groups["m"].Value) is { } month)
            return Resolve(Int(named, "d"), month, named.Groups["y"].Value);
        return null;
    }

    private static DateOnly? Resolve(int day, int month, string yearText)
    {
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (yearText.Length == 2) year += 2000;
        if (month is < 1 or > 12 || day < 1 || year is < 2000 or > 2099) return null;
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*([/.\-])\s*(?<m>\d{1,2})\s*\1\s*(?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<d>\d{1,2})(st|nd|rd|th)?\s+(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
