using System.Globalization;

namespace CutoverBot.Core.Entries;

/// <summary>Reads a date from the correction form: Input.Date sends yyyy-MM-dd, older clients let people type dd/mm/yyyy.</summary>
internal static class FormDate
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "d M yyyy", "d MMM yyyy", "d MMMM yyyy"];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out date);

    /// <summary>True when the text has a date's shape but names no such day (31/02/2020, 2020-02-31, 30/13/1950).</summary>
    public static bool IsImpossible(string text)
    {
        var parts = text.Trim().Split('/', '.', '-', ' ');
        if (parts.Length != 3 || !parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit))) return false;
        var (day, month, year) = parts[0].Length == 4
            ? (int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[0], CultureInfo.InvariantCulture))
            : (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        return year is >= 1 and <= 9999 && (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month));
    }
}
