using System.Text.RegularExpressions;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

/// <summary>
/// A wrong name is bad; an invented one is worse, because nothing on the card shows it was never typed. Over the whole
/// phrase table, every name the parser reads must be made of words typed in the phrase (and not of its start words,
/// "111 msg Amelia Ross" once became "Msg Amelia Ross"), and every date of birth must be a date typed in it.
/// The dates are read here by a reader of the test's own, so a parser fault cannot vouch for itself.
/// </summary>
public sealed partial class PhraseInventionTests
{
    // What staff call the kinds, listed here rather than taken from the parser's own trigger table.
    private static readonly HashSet<string> StartWords =
    [
        "log", "call", "rang", "phoned", "called", "tel", "telephone", "phone", "pt", "patient", "new", "reg", "regs", "registration",
        "gms1", "paper", "path", "result", "results", "pathology", "bloods", "blood", "lab", "consultation", "consult", "cons", "f2f",
        "home", "visit", "hv", "req", "request", "prescription", "perscription", "script", "rx", "repeat", "rpt", "meds", "medication",
        "referral", "referal", "ref", "2ww", "ers", "ubrn", "document", "doc", "docs", "scan", "letter", "letters", "discharge",
        "summary", "111", "nhs111", "msg", "message", "mesage", "report", "ooh", "screening", "smear", "bowel", "cervical", "breast",
        "aaa", "retinal", "dispensary", "disp", "stock", "dispensed", "note", "misc", "fyi", "other", "post", "clinic", "hospital", "nhs",
    ];

    [Fact]
    public void Parse_EveryPhrase_InventsNoNameAndNoDateOfBirth()
    {
        var invented = new List<string>();
        foreach (var row in PhraseTable.Rows())
        {
            var (line, text) = ((int)row[0], (string)row[1]);
            var parsed = EntryParser.Parse(text, PhraseTable.Today);
            if (parsed is null) continue;
            var typed = TextNormaliser.Normalise(text);
            var words = WordRegex().Matches(typed).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
            if (parsed.PatientName is { } name && !NameIsTyped(name, words))
                invented.Add($"line {line}: name \"{name}\" from \"{typed}\"");
            if (parsed.DateOfBirth is { } dob && !TypedDates(typed).Contains(dob))
                invented.Add($"line {line}: date of birth {dob:dd/MM/yyyy} from \"{typed}\"");
        }
        Assert.True(invented.Count == 0, $"{invented.Count} invented:\n" + string.Join('\n', invented));
    }

    [Theory]
    [InlineData("111 msg Amelia Ross 7/7/2007 sore throat")]
    [InlineData("111 Msg Amelia Ross 7/7/2007 sore throat")]
    [InlineData("rx req Amelia Ross 7/7/2007")]
    [InlineData("tel call Amelia Ross 7/7/2007")]
    public void Parse_StartWordBeforeTheName_IsNotPartOfTheName(string text) =>
        Assert.Equal("Amelia Ross", EntryParser.Parse(text, PhraseTable.Today)!.PatientName);

    private static bool NameIsTyped(string name, HashSet<string> typedWords) =>
        name.Split(' ', '-').All(part => typedWords.Contains(part.ToLowerInvariant()) && !StartWords.Contains(part.ToLowerInvariant()));

    private static HashSet<DateOnly> TypedDates(string typed)
    {
        var dates = new HashSet<DateOnly>();
        foreach (Match m in DayFirstRegex().Matches(typed)) Add(dates, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);
        foreach (Match m in IsoRegex().Matches(typed)) Add(dates, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);
        foreach (Match m in WordMonthRegex().Matches(typed))
        {
            var month = Array.FindIndex(Months, mon => m.Groups["mon"].Value.StartsWith(mon, StringComparison.OrdinalIgnoreCase)) + 1;
            Add(dates, m.Groups["d"].Value, month.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups["y"].Value);
        }
        return dates;
    }

    // Both centuries for a two-digit year: the test only asks whether the day, month and year were typed, not which century.
    private static void Add(HashSet<DateOnly> dates, string d, string m, string y)
    {
        var (day, month, year) = (int.Parse(d), int.Parse(m), int.Parse(y));
        foreach (var full in y.Length == 2 ? [1900 + year, 2000 + year] : new[] { year })
            if (month is >= 1 and <= 12 && day >= 1 && full is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(full, month))
                dates.Add(new DateOnly(full, month, day));
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4}|\d{2})\b")]
    private static partial Regex DayFirstRegex();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[a-z]{3,9})\s+(?<y>\d{4}|\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordMonthRegex();
}
