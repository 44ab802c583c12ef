using System.Text.RegularExpressions;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Parsing;

/// <summary>The quick-entry trigger table. A message is a quick entry only when it starts with one of these phrases.</summary>
public static partial class EntryTriggers
{
    /// <summary>Every category with its phrases, first phrase first (that is the one help shows).</summary>
    public static IReadOnlyList<EntryTrigger> All { get; } =
    [
        new(EntryCategory.Call, ["log call", "call", "phone call", "telephone call"]),
        new(EntryCategory.Registration, ["new registration", "new reg", "registration", "new patient", "new patient registration"]),
        new(EntryCategory.PathResult, ["paper path result", "path result", "paper result", "pathology result", "paper pathology result",
            "path results", "paper path results", "paper results", "pathology results"]),
        new(EntryCategory.Consultation, ["consultation", "consult"]),
        new(EntryCategory.HomeVisit, ["home visit", "hv", "home visit request", "hv request"]),
        new(EntryCategory.Prescription, ["prescription request", "prescription", "script request", "repeat request", "rx",
            "repeat prescription", "script", "perscription", "presciption"]),
        new(EntryCategory.Referral, ["referral", "ref", "referal"]),
        new(EntryCategory.Document, ["document to scan", "document", "doc", "scan", "letter to scan", "documents", "documents to scan", "docs to scan"]),
        new(EntryCategory.Message111, ["111 message", "111", "nhs 111", "nhs 111 message", "111 report"]),
        new(EntryCategory.OohReport, ["ooh report", "ooh", "out of hours", "out-of-hours report", "out of hours report"]),
        new(EntryCategory.Screening, ["screening message", "screening", "bowel screening", "cervical screening", "cervical screening result",
            "breast screening", "aaa screening", "screening result", "bowel screening result", "breast screening result"]),
        new(EntryCategory.DispensaryStock, ["dispensary stock", "stock", "dispensary"]),
        new(EntryCategory.Other, ["note", "log note", "other"]),
    ];

    // "log referral", "new consultation", "record home visit": staff put these verbs in front of any trigger.
    private static readonly HashSet<string> Prefixes = ["log", "new", "record"];

    private static readonly (EntryCategory Category, string[] Words)[] Phrases =
        All.SelectMany(t => t.Phrases.Select(p => (t.Category, WordRegex().Matches(p).Select(m => m.Value.ToLowerInvariant()).ToArray())))
           .ToArray();

    private static readonly int MaxWords = Phrases.Max(p => p.Words.Length) + 1;

    /// <summary>The longest trigger at the start of already-normalised text, or null.</summary>
    internal static TriggerMatch? Match(string text)
    {
        var words = LeadingWords(text);
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
    private static List<(string Word, int Start, int End)> LeadingWords(string text)
    {
        var words = new List<(string, int, int)>(MaxWords);
        for (var m = WordRegex().Match(text); m.Success && words.Count < MaxWords; m = m.NextMatch())
        {
            words.Add((m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length));
        }
        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordRegex();
}
