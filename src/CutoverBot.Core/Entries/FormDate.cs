using System.Globalization;

namespace CutoverBot.Core.Entries;

/// <summary>Reads a date from the correction form: Input.Date sends yyyy-MM-dd, older clients let people type dd/mm/yyyy.</summary>
internal static class FormDate
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "d M yyyy", "d MMM yyyy", "d MMMM yyyy"];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out date);
}
