using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>
/// Reads the patient name from the words right after the trigger; never from later in the message, so
/// "seen by Dr Patel" is never the patient. After skipping fillers ("for", "pt", "re:") and titles (dropped),
/// it takes the run of name-like words (letters, apostrophes, hyphens). When the run is followed by an anchor
/// (a date of birth, an NHS number, or "dob"/"born"/"nhs"), the run is the name whatever its case ("margaret evans 14/2/48").
/// Without an anchor only Capitalised words count, and it takes 2 to 4 of them (1 is enough after a title).
/// </summary>
internal static partial class NameReader
{
    private const int MaxParts = 4;

    /// <summary>Fillers, titles, dates and numbers skipped before the name, at most.</summary>
    private const int MaxLeadingWords = 24;

    public static PatientName? Read(string text, IReadOnlyList<TextSpan> blocked, IReadOnlyList<TextSpan> skippable, Func<int, bool> isAnchorAt)
    {
        var tokens = TokenRegex().Matches(text);
        var i = 0;
        var titled = false;
        var doctor = false;
        for (; i < tokens.Count; i++)
        {
            // Nobody types a dozen dates before the name: a paste full of them has no name to find, and checking
            // every token against every date would take quadratic time.
            if (i == MaxLeadingWords) return null;
            var t = tokens[i];
            var word = Bare(t.Value).ToLowerInvariant();
            if (skippable.Any(s => s.Contains(t.Index))) continue;
            if (word.Length == 0 || NameWords.Fillers.Contains(word)) continue;
            if (NameWords.Titles.Contains(word))
            {
                // "consultation Dr Patel saw ...": a doctor at the start is more often the clinician than the patient.
                if (word == "dr") doctor = true; else titled = true;
                continue;
            }
            break;
        }

        var run = new List<Match>();
        for (; i < tokens.Count && run.Count <= MaxParts; i++)
        {
            var t = tokens[i];
            var bare = Bare(t.Value);
            var lower = bare.ToLowerInvariant();
            if (blocked.Any(s => s.Contains(t.Index)) || !IsNameLike(bare) || NameWords.Stop.Contains(lower) || NameWords.Titles.Contains(lower)) break;
            run.Add(t);
            // A comma or full stop after a word closes the name: "Sarah Jones, FBC normal".
            if (t.Value.TrimEnd(')').Length > 0 && t.Value.TrimEnd(')')[^1] is ',' or '.' or ';' or ':') break;
        }
        if (run.Count == 0) return null;

        var end = run[^1].Index + run[^1].Length;
        if (run.Count <= MaxParts && isAnchorAt(end)) return Build(run);

        if (doctor) return null;
        var capitalised = run.TakeWhile(t => IsCapitalised(Bare(t.Value))).ToList();
        // Lower-case particles may sit inside a capitalised name, never at its end.
        while (capitalised.Count > 0 && !char.IsUpper(Bare(capitalised[^1].Value)[0])) capitalised.RemoveAt(capitalised.Count - 1);
        var min = titled ? 1 : 2;
        if (capitalised.Count < min || capitalised.Count > MaxParts) return null;
        return Build(capitalised);
    }

    private static PatientName Build(List<Match> parts) =>
        new(string.Join(' ', parts.Select(p => Case(Bare(p.Value)))), parts[^1].Index + parts[^1].Length);

    // Capitalised, or a lower-case particle ("van", "de"); short all-capital words are tests, not names (FBC, UTI, INR).
    private static bool IsCapitalised(string word) =>
        (char.IsUpper(word[0]) && !(word.Length <= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        || NameWords.Particles.Contains(word);

    // "Patel's daughter": a possessive names someone else's relative, so it is not the patient's name.
    private static bool IsNameLike(string word) =>
        word.Length > 0 && NameLikeRegex().IsMatch(word) && !word.EndsWith("'s", StringComparison.Ordinal);

    private static string Bare(string token) => token.Trim('(', ')', ',', '.', ';', ':', '"', '!', '?', '-', '[', ']');

    /// <summary>Keeps a name as typed when it has capitals; title-cases an all-lower-case one ("o'brien" to "O'Brien").</summary>
    internal static string Case(string part)
    {
        if (part.Any(char.IsUpper)) return part;
        if (NameWords.Particles.Contains(part)) return part;
        var chars = part.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is '\'' or '-') chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}]*(?:['\-]\p{L}[\p{L}\p{M}]*)*$")]
    private static partial Regex NameLikeRegex();
}
