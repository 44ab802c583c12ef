using System.Globalization;
using System.Text.RegularExpressions;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>A day counted from FDP or go-live, written in the catalog as <c>fdp-28</c>, <c>fdp</c> or <c>golive+3</c>.</summary>
public readonly partial record struct DayOffset(CutoverAnchor Anchor, int Days)
{
    public DateOnly Resolve(CutoverDates dates) => dates.DateOf(Anchor).AddDays(Days);

    /// <summary>Reads the catalog notation; null when it is not one.</summary>
    public static DayOffset? TryParse(string? text)
    {
        var match = text is null ? null : Notation().Match(text.Trim());
        if (match is null || !match.Success) return null;
        var anchor = match.Groups["anchor"].Value.Equals("fdp", StringComparison.OrdinalIgnoreCase) ? CutoverAnchor.Fdp : CutoverAnchor.GoLive;
        var days = match.Groups["days"].Success ? int.Parse(match.Groups["days"].Value.Replace(" ", ""), CultureInfo.InvariantCulture) : 0;
        return new DayOffset(anchor, days);
    }

    public override string ToString() =>
        (Anchor == CutoverAnchor.Fdp ? "fdp" : "golive") + (Days == 0 ? "" : Days.ToString("+0;-0", CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<anchor>fdp|golive)(?<days>[+-]\d{1,3})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notation();
}
