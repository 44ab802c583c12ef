using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>Finds typed dates (14/02/1948, 14.2.48, 14-02-1948, 1948-02-14, 14 Feb 1948, 14th February 1948, 24/11) and what marks them.</summary>
internal static partial class DateReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Dates in order of position. Expects text whose long numbers are already masked.</summary>
    public static IReadOnlyList<DateCandidate> Find(string text, DateOnly today)
    {
        var found = new List<DateCandidate>();
        foreach (Match m in NumericRegex().Matches(text))
        {
            var y = m.Groups["y"].Value;
            var date = UkDate.Resolve(int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["m"].Value), int.Parse(y), y.Length, today);
            found.Add(Candidate(text, m, date, hasYear: true));
        }
        // Year first, as systems and phones write it (1950-03-03): never read as day first, since no year is under 1900.
        foreach (Match m in IsoRegex().Matches(text))
        {
            var date = UkDate.Resolve(int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["y"].Value), 4, today);
            found.Add(Candidate(text, m, date, hasYear: true));
        }
        foreach (Match m in TextualRegex().Matches(text))
        {
            var month = UkDate.MonthFromName(m.Groups["mon"].Value)!.Value;
            var day = int.Parse(m.Groups["d"].Value);
            var y = m.Groups["y"];
            var date = y.Success
                ? UkDate.Resolve(day, month, int.Parse(y.Value), y.Value.Length, today)
                : UkDate.ResolveWithoutYear(day, month, today);
            found.Add(Candidate(text, m, date, y.Success));
        }
        var taken = found.Select(f => f.Span.Start).ToHashSet();
        foreach (Match m in DayMonthRegex().Matches(text))
        {
            // Its lookarounds already keep it out of full dates; this guards against a textual date starting at the same digits.
            if (taken.Contains(m.Index)) continue;
            var date = UkDate.ResolveWithoutYear(int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["m"].Value), today);
            found.Add(Candidate(text, m, date, hasYear: false));
        }
        foreach (Match m in DayOfMonthRegex().Matches(text))
        {
            if (taken.Contains(m.Index)) continue;
            var date = UkDate.ResolveDayOfMonth(int.Parse(m.Groups["d"].Value), today);
            found.Add(new DateCandidate(new TextSpan(m.Index, m.Index + m.Length), date, HasYear: false, DateMarker.Occurrence));
        }
        return found.OrderBy(f => f.Span.Start).ToList();
    }

    private static DateCandidate Candidate(string text, Match m, DateOnly? date, bool hasYear) =>
        new(new TextSpan(m.Index, m.Index + m.Length), date, hasYear, MarkerBefore(text, m.Index));

    /// <summary>What the few words before a date say it is; the date of birth markers are checked first so "born on" is a birth.</summary>
    internal static DateMarker MarkerBefore(string text, int index)
    {
        var start = Math.Max(0, index - 30);
        var before = text[start..index];
        if (DobMarkerRegex().IsMatch(before)) return DateMarker.DateOfBirth;
        if (OccurrenceMarkerRegex().IsMatch(before)) return DateMarker.Occurrence;
        if (DatedMarkerRegex().IsMatch(before)) return DateMarker.Dated;
        return DateMarker.None;
    }

    // Day first, any of / . - between parts, a two- or four-digit year; not part of a longer number or decimal.
    // [0-9], not \d: \d also matches other scripts' digits (Arabic-Indic "٣"), which int.Parse refuses.
    [GeneratedRegex(@"(?<![0-9#/.\-])(?<d>[0-9]{1,2})[/.\-](?<m>[0-9]{1,2})[/.\-](?<y>[0-9]{4}|[0-9]{2})(?![0-9#\p{L}])(?![/\-][0-9])(?!\.[0-9])", Options)]
    private static partial Regex NumericRegex();

    [GeneratedRegex(@"(?<![0-9#/.\-])(?<y>(?:19|20)[0-9]{2})(?<sep>[\-/])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9#\p{L}])(?![/.\-][0-9])", Options)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"(?<![0-9#])(?<d>[0-9]{1,2})(?:st|nd|rd|th)?[\s\-]*(?:of\s+)?(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:,?[\s\-]?(?<y>[0-9]{4}|[0-9]{2})(?![0-9#:]))?", Options)]
    private static partial Regex TextualRegex();

    // "24/11" with no year; only ever taken when a word such as "on" marks it (see EntryParser).
    [GeneratedRegex(@"(?<![0-9#/.\-])(?<d>[0-9]{1,2})[/.](?<m>[0-9]{1,2})(?![0-9#\p{L}])(?![/.\-][0-9])", Options)]
    private static partial Regex DayMonthRegex();

    [GeneratedRegex(@"(?:\bdob|\bd\.\s?o\.\s?b|\bdate\s+of\s+birth|\bborn(?:\s+on)?|\bbirthday|\bb\.)\.?(?:\s+(?:is|was|of))?\s*[:\-=(]?\s*$", Options)]
    private static partial Regex DobMarkerRegex();

    [GeneratedRegex(@"\b(?:on|received|recieved|rec'?d|recvd|seen|taken|done|visited)\.?\s*(?:the\s+)?[:\-]?\s*$", Options)]
    private static partial Regex OccurrenceMarkerRegex();

    [GeneratedRegex(@"\b(?:dated|date)\.?\s*[:\-]?\s*$", Options)]
    private static partial Regex DatedMarkerRegex();

    // "on the 24th": a day of this month, or of last month when that day is still to come.
    [GeneratedRegex(@"(?<=\bon\s+the\s+)(?<d>[0-9]{1,2})(?:st|nd|rd|th)\b", Options)]
    private static partial Regex DayOfMonthRegex();
}
