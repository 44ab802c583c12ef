using System.Text;

namespace CutoverBot.Tests.Security;

/// <summary>Hostile and odd message text: raw Unicode, 100 KB pastes, markup, injection strings, emoji, right-to-left and invisible characters.</summary>
internal static class FuzzText
{
    /// <summary>Stands for a lone high surrogate, which System.Text.Json will not write: <see cref="FuzzJson"/> puts the escape back.</summary>
    public const char LoneHigh = '\uF8F0';

    /// <summary>Stands for a lone low surrogate, as <see cref="LoneHigh"/>.</summary>
    public const char LoneLow = '\uF8F1';

    /// <summary>A patient in every generated quick entry: the run proves it never reaches a log.</summary>
    public const string PatientName = "Zebedee Quartermaine";

    public const string PatientNhsNumber = "943 476 5919";

    private static readonly string[] Hostile =
    [
        "<script>alert(document.cookie)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">click</a>",
        "<at>CutoverBot</at>", "<at>", "</at>", "<<<<<<<<", "<p><div><table><tr><td>", "<!-- -->", "<![CDATA[x]]>", "<svg/onload=alert(1)>",
        "&amp;lt;script&amp;gt;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;&nbsp;", "&", "&#",
        "'; DROP TABLE entries; --", "\" OR \"1\"=\"1", "1; DELETE FROM practices", "{\"$gt\": \"\"}", "{\"$where\": \"sleep(1000)\"}",
        "$.entries[*]", "\"}]}, \"admin\": true, \"x\": [{\"", "\\\"\\\\\\u0000", "${practiceId}", "${$root}", "{{card}}", "${if(true, 1, 2)}",
        "{0}{1}{2}", "%s%s%s%n", "{{{{", "}}}}", "\u001B[31mred\u001B[0m", "\r\n\r\nHTTP/1.1 200 OK", "../../../../etc/passwd", "C:\\Windows\\win.ini",
        "😀", "👩‍⚕️", "🏳️‍🌈", "🇬🇧", "👍🏽", "🧑‍🤝‍🧑", "∑∫√∞", "𝕳𝖊𝖑𝖑𝖔", "Z̸̡̛̖a̷̛͈l̵͚͐g̶̣̈́ő̵̞",
        "مرحبا بالعالم", "שלום עולם", "\u202Eevil\u202C", "\u202B\u05E9\u202C", "\u2067rtl\u2069", "اسم المريض ٩٤٣ ٤٧٦ ٥٩١٩",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E", "\u3164", "\u0000", "\u0007", "\u007F", "\uFFFE", "\uFFFF",
        "\t\t", "\n\n\n", "   ", "null", "undefined", "NaN", "-1", "99999999999999999999", "1e309", "true",
        "log call", "help", "my entries", "undo", "delete CALL-0001", "edit CALL-0001 name X", "done 1", "checklist", "go-live", "practice",
    ];

    private static readonly string[] Triggers = ["log call", "path result", "home visit", "prescription request", "referral", "new registration", "LOG CALL:", "- log call"];

    /// <summary>Text staff might send, or an attacker, or a broken client: one to several pieces.</summary>
    public static string Any(Random random)
    {
        var pieces = random.Next(1, 6);
        var sb = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            if (i > 0) sb.Append(random.Next(4) == 0 ? "" : " ");
            sb.Append(random.Next(10) switch
            {
                < 4 => Hostile[random.Next(Hostile.Length)],
                < 7 => RawUnicode(random, random.Next(0, 300)),
                7 => Lone(random),
                8 => Realistic(random),
                _ => random.Next(40) == 0 ? Huge(random) : Hostile[random.Next(Hostile.Length)] + RawUnicode(random, 20),
            });
        }
        return sb.ToString();
    }

    /// <summary>A quick entry: a trigger first, the fuzz after it, and the marker patient somewhere.</summary>
    public static string QuickEntry(Random random) =>
        Triggers[random.Next(Triggers.Length)] + " " + PatientName + " " + PatientNhsNumber + " " + Any(random);

    /// <summary>About 100 KB of UTF-8, so it stays under the 256 KB body cap even after JSON escaping; sometimes well over.</summary>
    public static string Huge(Random random)
    {
        var chunk = random.Next(3) switch
        {
            0 => "Margaret Evans 14/02/1948 943 476 5919 wants her bloods. ",
            1 => Hostile[random.Next(Hostile.Length)] + " ",
            _ => RawUnicode(random, 50),
        };
        var target = random.Next(8) == 0 ? 300_000 : 100_000;
        var copies = Math.Max(1, target / Math.Max(1, Encoding.UTF8.GetByteCount(chunk)));
        return new StringBuilder(chunk.Length * copies).Insert(0, chunk, copies).ToString();
    }

    /// <summary>Any code point, astral ones, combining marks and control characters included.</summary>
    public static string RawUnicode(Random random, int length)
    {
        var sb = new StringBuilder(length * 2);
        while (sb.Length < length)
        {
            var codePoint = random.Next(6) switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0, 0x20),
                2 => random.Next(0x300, 0x370),
                3 => random.Next(0x10000, 0x10FFFF),
                _ => random.Next(0xA0, 0xD800),
            };
            sb.Append(char.ConvertFromUtf32(codePoint));
        }
        return sb.ToString();
    }

    private static string Lone(Random random) => random.Next(2) == 0 ? $"x{LoneHigh}y" : $"{LoneLow}";

    private static string Realistic(Random random) => random.Next(4) switch
    {
        0 => "Margaret Evans 14/02/1948 wants to know if her bloods are back",
        1 => "dob 31/02/2099 nhs 123 456 7890 seen on 45/13",
        2 => "on the 31st " + random.Next(0, 1000) + " days ago",
        _ => string.Join(" ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(0, 100_000))),
    };
}
