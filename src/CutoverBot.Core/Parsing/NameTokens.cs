using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>Splits a message into the words the name reader weighs, and says what each one is.</summary>
internal static partial class NameTokens
{
    /// <summary>
    /// The first <paramref name="max"/> words only: the name is near the start of anything staff type, and a bound keeps a
    /// 100 KB paste to linear work. <paramref name="covered"/> marks characters inside dates, NHS numbers and other numbers.
    /// </summary>
    public static List<NameToken> Read(string text, bool[] covered, int max)
    {
        var tokens = new List<NameToken>(Math.Min(max, 64));
        for (var m = TokenRegex().Match(text); m.Success && tokens.Count < max; m = m.NextMatch())
            tokens.Add(Classify(m.Value, m.Index, covered));
        return tokens;
    }

    private static NameToken Classify(string value, int start, bool[] covered)
    {
        var end = start + value.Length;
        var bare = Bare(value);
        var trimmed = value.TrimEnd('"', '\'', '!', '?');
        var last = trimmed.Length > 0 ? trimmed[^1] : ' ';
        // "J." is an initial, not the end of a name.
        var closes = last is ',' or ';' or ':' or ')' or ']' || (last == '.' && bare.Length > 1);
        var opens = value[0] is '(' or '[';
        var kind = Kind(value, start, end, bare, covered);
        return new NameToken(start, end, bare, kind, kind == NameTokenKind.Word ? CaseOf(bare) : WordCase.Lower, opens, closes, last == ',');
    }

    private static NameTokenKind Kind(string value, int start, int end, string bare, bool[] covered)
    {
        for (var i = start; i < end; i++)
            if (covered[i] || value[i - start] == '#') return NameTokenKind.Evidence;
        if (bare.Length == 0) return NameTokenKind.Punctuation;
        var lower = bare.ToLowerInvariant();
        if (NameWords.Titles.Contains(lower)) return NameTokenKind.Title;
        if (NameWords.Clinicians.Contains(lower)) return NameTokenKind.Clinician;
        if (NameWords.Markers.Contains(lower)) return NameTokenKind.Marker;
        if (NameWords.Away.Contains(lower)) return NameTokenKind.Away;
        if (NameWords.Aside.Contains(lower)) return NameTokenKind.Aside;
        if (NameWords.Relatives.Contains(lower)) return NameTokenKind.Relative;
        if (NameWords.Places.Contains(lower)) return NameTokenKind.Place;
        if (NameWords.Stop.Contains(lower)) return NameTokenKind.Stop;
        // "Patel's daughter": a possessive names someone else's relative, so it is not the patient's name.
        if (!NameLikeRegex().IsMatch(bare) || bare.EndsWith("'s", StringComparison.OrdinalIgnoreCase)) return NameTokenKind.Other;
        return NameTokenKind.Word;
    }

    private static WordCase CaseOf(string word)
    {
        if (!char.IsUpper(word[0])) return NameWords.Particles.Contains(word) ? WordCase.Particle : WordCase.Lower;
        if (word.Length == 1) return WordCase.Initial;
        var letters = word.Count(char.IsLetter);
        return letters <= 3 && !word.Any(char.IsLower) ? WordCase.Acronym : WordCase.Capitalised;
    }

    internal static string Bare(string token) => token.Trim('(', ')', ',', '.', ';', ':', '"', '!', '?', '-', '[', ']');

    [GeneratedRegex(@"\S+")]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}]*(?:['\-]\p{L}[\p{L}\p{M}]*)*$")]
    private static partial Regex NameLikeRegex();
}
