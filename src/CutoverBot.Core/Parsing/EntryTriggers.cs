using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>The quick-entry trigger table. A message is a quick entry only when it starts with one of these phrases.</summary>
public static partial class EntryTriggers
{
    /// <summary>Every category with its phrases, first phrase first (that is the one help shows).</summary>
    public static IReadOnlyList<EntryTrigger> All { get; } =
    [
        new(EntryCategory.Call, ["log call", "call", "phone call", "telephone call", "rang", "phoned", "called", "pt rang", "pt phoned",
            "pt called", "patient rang", "patient phoned", "patient called", "tel call", "tel", "telephone", "phone", "phone msg",
            "phone message", "telephone message", "call back", "call back request", "missed call", "voicemail", "caller"]),
        new(EntryCategory.Registration, ["new registration", "new reg", "registration", "new patient", "new patient registration",
            "new regs", "new patient reg", "new pt", "new pt reg", "new pt registration", "reg form", "reg forms", "registration form",
            "registration forms", "gms1", "gms 1", "temp resident", "temporary resident"]),
        new(EntryCategory.PathResult, ["paper path result", "path result", "paper result", "pathology result", "paper pathology result",
            "path results", "paper path results", "paper results", "pathology results", "paper path", "bloods", "bloods back",
            "bloods back on paper", "bloods on paper", "paper bloods", "blood result", "blood results", "lab result", "lab results",
            "result on paper", "results on paper", "urine result", "swab result"]),
        new(EntryCategory.Consultation, ["consultation", "consult", "cons", "f2f", "f2f consult", "gp consult", "nurse consult",
            "tel consult", "phone consult", "telephone consult", "telephone consultation", "video consult", "video consultation"]),
        new(EntryCategory.HomeVisit, ["home visit", "hv", "home visit request", "hv request", "hv req", "home visit req", "visit request",
            "visit req", "house call", "home visits", "domiciliary visit"]),
        new(EntryCategory.Prescription, ["prescription request", "prescription", "script request", "repeat request", "rx",
            "repeat prescription", "script", "perscription", "presciption", "rx req", "rx request", "repeat rx", "rpt", "rpt req",
            "rpt rx", "repeat req", "repeat", "repeats", "repeat meds", "repeat meds request", "repeat medication", "meds request",
            "medication request", "script req", "acute rx", "acute rx request", "acute request", "prescription req",
            "repeat prescription request", "perscription req", "perscription request", "scripts"]),
        new(EntryCategory.Referral, ["referral", "ref", "referal", "2ww", "2ww referral", "2ww ref", "two week wait", "urgent referral",
            "routine referral", "ref letter", "referral letter", "ers referral", "e-rs referral", "ubrn"]),
        new(EntryCategory.Document, ["document to scan", "document", "doc", "scan", "letter to scan", "documents", "documents to scan",
            "docs to scan", "doc to scan", "letters to scan", "discharge summary", "discharge letter", "discharge", "hospital letter",
            "clinic letter", "outpatient letter", "op letter", "post to scan", "scan letter", "paper document", "paper letter", "letter",
            "letters", "correspondence"]),
        new(EntryCategory.Message111, ["111 message", "111", "nhs 111", "nhs 111 message", "111 report", "111 msg", "111 msgs",
            "111 mesage", "111 messages", "111 call", "111 referral", "111 email", "nhs111", "nhs 111 msg"]),
        new(EntryCategory.OohReport, ["ooh report", "ooh", "out of hours", "out-of-hours report", "out of hours report", "ooh letter",
            "ooh msg", "ooh message", "ooh rep", "oohs", "out of hours letter", "out of hours message", "ooh discharge", "ooh notes"]),
        new(EntryCategory.Screening, ["screening message", "screening", "bowel screening", "cervical screening", "cervical screening result",
            "breast screening", "aaa screening", "screening result", "bowel screening result", "breast screening result", "screening msg",
            "screening letter", "screening invite", "smear", "smear result", "smear test", "retinal screening", "eye screening",
            "diabetic eye screening", "cervical screening letter", "bowel screening kit", "bowel screening kit result", "mammogram"]),
        new(EntryCategory.DispensaryStock, ["dispensary stock", "stock", "dispensary", "disp stock", "dispensing stock", "dispensed",
            "stock issued", "stock received", "stock check", "owing", "owings", "cd stock"]),
        new(EntryCategory.Other, ["note", "log note", "other", "misc", "fyi", "memo", "notes", "general note", "admin"]),
    ];

    // "log referral", "new consultation", "record home visit": staff put these verbs in front of any trigger.
    private static readonly HashSet<string> Prefixes = ["log", "new", "record"];

    private static readonly (EntryCategory Category, string[] Words)[] Phrases =
        All.SelectMany(t => t.Phrases.Select(p => (t.Category, WordRegex().Matches(p).Select(m => m.Value.ToLowerInvariant()).ToArray())))
           .ToArray();

    private static readonly int MaxWords = Phrases.Max(p => p.Words.Length) + 1;

    private static readonly HashSet<string> FirstWords = [.. Phrases.Select(p => p.Words[0]), .. Prefixes];

    /// <summary>True when a trigger may start with this word: a cheap test before <see cref="Match(string, int)"/>.</summary>
    internal static bool MayStartWith(string word) => FirstWords.Contains(word.ToLowerInvariant());

    /// <summary>The longest trigger at the start of already-normalised text, or null.</summary>
    internal static TriggerMatch? Match(string text) => Match(text, 0);

    /// <summary>The longest trigger starting at the first word at or after <paramref name="start"/>, or null.</summary>
    internal static TriggerMatch? Match(string text, int start)
    {
        var words = LeadingWords(text, start);
        if (words.Count == 0) return null;
        TriggerMatch? best = null;
        var offsets = Prefixes.Contains(words[0].Word) ? new[] { 0, 1 } : [0];
        foreach (var offset in offsets)
        {
            if (offset == 1 && (words.Count < 2 || !IsJoiner(text, words[0].End, words[1].Start, allowColon: true))) continue;
            foreach (var (category, phrase) in Phrases)
            {
                if (offset + phrase.Length > words.Count || !Matches(text, words, offset, phrase)) continue;
                var count = offset + phrase.Length;
                if (best is null || count > best.Value.WordCount)
                    best = new TriggerMatch(category, words[count - 1].End, count);
            }
        }
        return best;
    }

    private static bool Matches(string text, List<(string Word, int Start, int End)> words, int offset, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            var w = words[offset + i];
            if (w.Word != phrase[i]) return false;
            if (i > 0 && !IsJoiner(text, words[offset + i - 1].End, w.Start, allowColon: false)) return false;
        }
        return true;
    }

    // Words of one phrase may be joined by spaces, hyphens or underscores ("log-call", "out-of-hours"), not by other text.
    private static bool IsJoiner(string text, int from, int to, bool allowColon)
    {
        if (to <= from) return false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (!(c is ' ' or '-' or '_' || (allowColon && c == ':'))) return false;
        }
        return true;
    }

    // Only punctuation may come before the trigger ("- log call", "/call"): the first word found is the first word typed.
    private static List<(string Word, int Start, int End)> LeadingWords(string text, int start)
    {
        var words = new List<(string, int, int)>(MaxWords);
        for (var m = WordRegex().Match(text, start); m.Success && words.Count < MaxWords; m = m.NextMatch())
        {
            words.Add((m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length));
        }
        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordRegex();
}
