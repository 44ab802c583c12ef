using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>
/// Reads when something happened from words: "yesterday" and "last night" are yesterday; "today", "this morning",
/// "this afternoon", "this evening", "tonight" and "earlier" are today; "N days ago" counts back.
/// "on Monday" / "last Monday" / "seen Monday" is the most recent Monday BEFORE today: staff say "today" for today, so a
/// weekday that names today means a week ago. A weekday on its own counts only first thing after the start words
/// ("home visit Mon - ..."): elsewhere "booked for Monday" is next Monday, which is not when anything happened.
/// </summary>
internal static partial class RelativeDateReader
{
    public static IReadOnlyList<RelativeDate> Find(string text, DateOnly today)
    {
        var found = new List<RelativeDate>();
        foreach (Match m in RelativeRegex().Matches(text))
        {
            DateOnly? date =
                m.Groups["dby"].Success ? today.AddDays(-2) :
                m.Groups["yest"].Success ? today.AddDays(-1) :
                m.Groups["today"].Success ? today :
                m.Groups["wd"].Success ? LastWeekday(Weekday(m.Groups["wd"].Value), today) :
                m.Groups["n"].Success && int.TryParse(m.Groups["n"].Value, out var n) && n <= 366 ? today.AddDays(-n) :
                null;
            if (date is { } d) found.Add(new RelativeDate(new TextSpan(m.Index, m.Index + m.Length), d));
        }
        return found;
    }

    private static DateOnly LastWeekday(DayOfWeek day, DateOnly today)
    {
        var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
        return today.AddDays(back == 0 ? -7 : -back);
    }

    private static DayOfWeek Weekday(string name) => name[..2].ToLowerInvariant() switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    [GeneratedRegex(
        @"\b(?:(?<dby>(?:the\s+)?day\s+before\s+yesterday)|(?<yest>yesterday|yday|last\s+night)" +
        @"|(?<today>this\s+(?:morning|afternoon|evening)|today|tonight|earlier(?:\s+today)?(?!\s+(?:this|in|last|that)\b))" +
        @"|(?:(?:on|last|this\s+past|seen|visited|rang|phoned|called|received)\s+|^)" +
        @"(?<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)" +
        @"|(?<n>[0-9]{1,3})\s+days?\s+ago)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeRegex();
}
