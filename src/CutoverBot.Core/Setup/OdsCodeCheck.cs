using System.Text.RegularExpressions;

namespace CutoverBot.Core.Setup;

/// <summary>
/// A GP practice's ODS code is one letter and five digits (A81001). Other organisations' codes are 1 to 9 letters
/// and digits: accepted with a warning, in case the practice really uses one; anything else is refused.
/// </summary>
public static partial class OdsCodeCheck
{
    /// <summary>The code in capitals, a warning, or an error; all null for an empty code (not given).</summary>
    public static (string? Code, string? Warning, string? Error) Check(string? text)
    {
        var code = text?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0) return (null, null, null);
        if (GpPractice().IsMatch(code)) return (code, null, null);
        if (AnyOrganisation().IsMatch(code))
        {
            return (code, $"{code} is not shaped like a GP practice's ODS code (one letter and five digits, like A81001). I've kept it: correct it in setup if it's a typo.", null);
        }
        return (null, null, "The ODS code must be letters and digits only, at most 9 (a GP practice's is one letter and five digits, like A81001).");
    }

    [GeneratedRegex("^[A-Z][0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex GpPractice();

    [GeneratedRegex("^[A-Z0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex AnyOrganisation();
}
