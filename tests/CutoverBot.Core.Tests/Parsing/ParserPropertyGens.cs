using CsCheck;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

/// <summary>
/// Generators of what staff (and copy and paste, and the odd attacker) put into a quick entry: trigger phrases,
/// names, dates in every shape the reader knows and many it does not, digit groups, HTML and raw Unicode.
/// </summary>
internal static class ParserPropertyGens
{
    private static readonly string[] Triggers = EntryTriggers.All.SelectMany(t => t.Phrases).ToArray();

    private static readonly string[] Names =
    [
        "Margaret", "Evans", "o'brien", "Zoë", "NGUYỄN", "Ní Bhriain", "Łukasz", "van", "der", "Berg", "Mary-Jane", "李", "Ahmed",
        "Dr", "Mrs", "pt", "for", "FBC", "Smith's", "Ángel", "أحمد", "שרה", "Oluwaseun", "MacDonald", "de", "la", "Cruz",
    ];

    private static readonly string[] Words =
    [
        "dob", "d.o.b", "DOB:", "born", "born on", "date of birth", "b.", "nhs", "nhs no", "on", "on the", "received", "seen", "dated",
        "yesterday", "today", "last night", "3 days ago", "999 days ago", "on Monday", "last fri", "this morning", "earlier",
        "wants", "bloods", "back", "phone", "by phone", "at the counter", "via pharmacy", "email", "UBRN", "tel", "ref", "re:",
        "Jan", "February", "sept", "of", "the", "st", "nd", "th", "+44", "#", "&amp;", "&lt;b&gt;", "&#x200B;", "&nbsp;",
    ];

    private static readonly string[] Odd =
    [
        "<p>", "</p>", "<at>CutoverBot</at>", "<b>bold</b>", "<script>alert(1)</script>", "<br/>", "<div class=\"x\">",
        "'; DROP TABLE entries; --", "{\"$where\":\"1\"}", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u202E", "\u2067", "\u0000",
        "\r\n", "\t", "😀", "👩‍⚕️", "🇬🇧", "\ud800", "\udfff", "\u0301", "\u2013", "\u2019", "\u00A0", "\u3000", "٣", "１２",
    ];

    /// <summary>Any UTF-16 code unit, lone surrogates and control characters included.</summary>
    public static readonly Gen<string> RawUnicode = Gen.Char['\0', '\uFFFF'].Array[0, 200].Select(chars => new string(chars));

    public static readonly Gen<string> Trigger =
        Gen.Select(Gen.OneOf(Triggers), Gen.OneOf("", "log ", "record ", "- ", "<p>", "LOG: "), Gen.Bool,
            (phrase, prefix, upper) => prefix + (upper ? phrase.ToUpperInvariant() : phrase));

    /// <summary>A date as staff type it, or nearly: days and months out of range, years in the future or long past.</summary>
    public static readonly Gen<string> Date =
        Gen.Select(Gen.Int[0, 35], Gen.Int[0, 14], Gen.Int[1800, 2200], Gen.OneOf("/", ".", "-", " ", "/ "), Gen.Int[0, 3],
            (d, m, y, sep, style) => style switch
            {
                0 => $"{d}{sep}{m}{sep}{y}",
                1 => $"{d:00}{sep}{m:00}{sep}{y % 100:00}",
                2 => $"{d} {MonthName(m)} {y}",
                _ => $"{d}{sep}{m}",
            });

    public static readonly Gen<string> NhsNumberDigits = Gen.Int[0, 999_999_999]
        .Select(first => first.ToString("000000000", System.Globalization.CultureInfo.InvariantCulture))
        .Where(nine => CheckDigit(nine) is not null && nine.Distinct().Count() > 1)
        .Select(nine => nine + CheckDigit(nine));

    /// <summary>Ten digits laid out as staff type an NHS number.</summary>
    public static Gen<string> Spaced(string digits) => Gen.OneOf(
        digits, $"{digits[..3]} {digits[3..6]} {digits[6..]}", $"{digits[..3]}-{digits[3..6]}-{digits[6..]}", $"{digits[..3]} - {digits[3..6]} - {digits[6..]}");

    /// <summary>Digit groups with spaces, dashes and punctuation between them: phone numbers, UBRNs, wrong NHS numbers, money.</summary>
    public static readonly Gen<string> Digits =
        Gen.Select(Gen.Int[0, 99_999].Array[1, 6], Gen.OneOf(" ", "-", " - ", "", ".", ",", "/", ":", "  "),
            (groups, sep) => string.Join(sep, groups.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static readonly Gen<string> Fragment = Gen.Frequency(
        (4, Gen.OneOf(Names)),
        (3, Gen.OneOf(Words)),
        (3, Date),
        (2, NhsNumberDigits.SelectMany(Spaced)),
        (2, Digits),
        (2, Gen.OneOf(Odd)),
        (1, RawUnicode),
        (1, Trigger));

    /// <summary>A trigger phrase (usually) followed by fragments in any order.</summary>
    public static readonly Gen<string> Entry =
        Gen.Select(Gen.Frequency((9, Trigger), (1, Gen.Const(""))), Fragment.Array[0, 14], Gen.OneOf(" ", ", ", "  ", "\n", " - ", ";"),
            (trigger, parts, sep) => trigger + sep + string.Join(sep, parts));

    /// <summary>An entry repeated to about 100 KB, as a paste of a whole document would be.</summary>
    public static readonly Gen<string> Huge =
        Gen.Select(Trigger, Fragment.Array[1, 8], (trigger, parts) => trigger + " " + Repeat(string.Join(" ", parts) + " ", 100_000));

    /// <summary>The Modulus 11 check digit written from the NHS data dictionary's definition; null when none exists (remainder gives 10).</summary>
    public static char? CheckDigit(string nine)
    {
        var total = 0;
        for (var i = 0; i < 9; i++) total += (nine[i] - '0') * (10 - i);
        var check = (11 - total % 11) % 11;
        return check == 10 ? null : (char)('0' + check);
    }

    private static string Repeat(string part, int length)
    {
        var sb = new System.Text.StringBuilder(length + part.Length);
        while (sb.Length < length) sb.Append(part);
        return sb.ToString();
    }

    private static string MonthName(int month) => month is >= 1 and <= 12
        ? System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)
        : "Smarch";
}
