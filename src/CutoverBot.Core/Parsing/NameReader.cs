namespace CutoverBot.Core.Parsing;

/// <summary>
/// Finds the patient's name anywhere in a message. Every run of name-like words is a candidate (also read the other
/// way round for "EVANS, Margaret" and "MRS EVANS Margaret"); <see cref="NameScore"/> weighs what stands around each
/// (a title, "for", "re", "pt", a date of birth or NHS number after it, capitals) against what marks someone else
/// ("Dr", "seen by", a pharmacy or hospital after it), and the best one that passes is the name. A name in lower case
/// counts only when a date of birth, an NHS number or "dob" follows it ("margaret evans 14/2/48").
/// </summary>
internal static class NameReader
{
    private const int MaxParts = 4;

    /// <summary>Lower-case words make a name only right before a date of birth, and never more than three of them.</summary>
    private const int MaxLowerParts = 3;

    /// <summary>Words read at most: names come early, and the bound keeps any paste to linear work.</summary>
    private const int MaxWords = 120;

    /// <param name="text">The message after its start words, long numbers masked.</param>
    /// <param name="covered">Characters inside dates, relative dates and NHS numbers.</param>
    /// <param name="isAnchorAt">True when a date of birth, an NHS number or "dob" follows the given end of a name.</param>
    /// <param name="strict">When true (notes, stock, messages without start words), a name needs a title, a marker or an anchor, being first is not enough, and lower-case words need a title or a marker.</param>
    public static PatientName? Read(string text, bool[] covered, Func<int, bool> isAnchorAt, bool strict)
    {
        var tokens = NameTokens.Read(text, covered, MaxWords);
        var shouting = !tokens.Any(t => t.Bare.Any(char.IsLower));
        var candidates = new List<NameCandidate>();
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < tokens.Count;)
        {
            if (tokens[i].Kind != NameTokenKind.Word) { i++; continue; }
            var j = i + 1;
            while (j < tokens.Count && tokens[j].Kind == NameTokenKind.Word && !tokens[j].Opens && !tokens[j - 1].Closes) j++;
            runs.Add((i, j));
            i = j;
        }

        for (var r = 0; r < runs.Count; r++)
        {
            var (start, end) = runs[r];
            var next = r + 1 < runs.Count && runs[r + 1].Start == end ? runs[r + 1] : ((int, int)?)null;
            if (next is { } n && SurnameFirst(tokens, start, end, n.Item1, n.Item2, isAnchorAt) is { } reversed)
            {
                candidates.Add(reversed);
                r++;
                continue;
            }
            AddRun(tokens, start, end, isAnchorAt, shouting, candidates);
        }

        NameCandidate? best = null;
        var bestScore = int.MinValue;
        var firstWord = tokens.FindIndex(t => t.Kind == NameTokenKind.Word);
        foreach (var c in candidates)
        {
            var run = runs.FindLast(x => x.Start <= c.First);
            if (NameScore.Of(tokens, c, atStart: !strict && firstWord >= run.Start, strict) is { } score && score > bestScore)
                (best, bestScore) = (c, score);
        }
        return best is null ? null : new PatientName(string.Join(' ', best.Parts), tokens[best.Last].End);
    }

    // "EVANS, Margaret" or "Kowalczyk, Anna 8/8/1988": a lone surname, a comma, then one or two first names.
    private static NameCandidate? SurnameFirst(List<NameToken> tokens, int start, int end, int nextStart, int nextEnd, Func<int, bool> isAnchorAt)
    {
        var surname = tokens[start];
        if (end - start != 1 || !surname.Comma || surname.Case != WordCase.Capitalised) return null;
        var firsts = tokens.GetRange(nextStart, Math.Min(nextEnd - nextStart, 2));
        if (!firsts.All(t => t.Case == WordCase.Capitalised && !t.IsAllCapitals)) return null;
        var last = nextStart + firsts.Count - 1;
        var anchored = isAnchorAt(tokens[last].End);
        // A capitalised word before a comma is often just a word ("Dizzy, Jennifer Moss"): in title case it needs a
        // single first name with a date of birth after it, and a clear start before it.
        var boundary = start == 0 || tokens[start - 1].Closes || tokens[start - 1].Kind is NameTokenKind.Punctuation or NameTokenKind.Title
            or NameTokenKind.Marker or NameTokenKind.Evidence;
        if (!surname.IsAllCapitals && !(anchored && firsts.Count == 1 && nextEnd - nextStart == 1 && boundary)) return null;
        return new NameCandidate(start, last, [.. firsts.Select(t => Case(t.Bare)), Recase(surname.Bare)], true, anchored);
    }

    private static void AddRun(List<NameToken> tokens, int start, int end, Func<int, bool> isAnchorAt, bool shouting, List<NameCandidate> candidates)
    {
        // Words before the first capitalised one are not part of it: "111 Msg Amelia Ross", "temp resident Oskar Nilsson".
        var from = start;
        if (Enumerable.Range(start, end - start).Any(k => tokens[k].Case == WordCase.Capitalised))
            while (tokens[from].Case is WordCase.Lower or WordCase.Acronym or WordCase.Particle) from++;
        var core = tokens.GetRange(from, end - from);
        var anchored = isAnchorAt(tokens[end - 1].End);

        // "MRS OKAFOR Blessing": the surname in capitals first, as clinical systems print it.
        if (!shouting && core.Count is 2 or 3 && core[0].IsAllCapitals && core[0].Case == WordCase.Capitalised
            && core.Skip(1).All(t => t.Case == WordCase.Capitalised && !t.IsAllCapitals)
            && (anchored || (from > 0 && tokens[from - 1].Kind == NameTokenKind.Title)))
        {
            candidates.Add(new NameCandidate(from, end - 1, [.. core.Skip(1).Select(t => Case(t.Bare)), Recase(core[0].Bare)], true, anchored));
            return;
        }

        if (IsNameShaped(core))
        {
            if (core.Count <= MaxParts) candidates.Add(Candidate(from, end - 1, core, true, anchored));
            return;
        }
        if (anchored && core.Count <= MaxLowerParts) candidates.Add(Candidate(from, end - 1, core, false, true));
        // "Margaret Evans dressing changed": the capitalised words at the front.
        var prefix = core.TakeWhile(t => t.IsNameCase).ToList();
        while (prefix.Count > 0 && prefix[^1].Case == WordCase.Particle) prefix.RemoveAt(prefix.Count - 1);
        if (prefix.Count > 0 && prefix.Count <= MaxParts && IsNameShaped(prefix)) candidates.Add(Candidate(from, from + prefix.Count - 1, prefix, true, false));
    }

    private static bool IsNameShaped(List<NameToken> words) =>
        words.Count > 0 && words.All(t => t.IsNameCase) && words[0].Case != WordCase.Particle && words[^1].Case != WordCase.Particle
        && words.Any(t => t.Case == WordCase.Capitalised);

    private static NameCandidate Candidate(int first, int last, List<NameToken> words, bool capitalised, bool anchored) =>
        new(first, last, words.Select(t => Case(t.Bare)).ToList(), capitalised, anchored);

    /// <summary>A surname typed in capitals is stored as a name is written: "EVANS" becomes "Evans".</summary>
    private static string Recase(string part) => part.Any(char.IsLower) ? part : Case(part.ToLowerInvariant());

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
}
