namespace CutoverBot.Core.Parsing;

/// <summary>
/// How likely a candidate is to be the patient, from what stands around it; null when it is not the patient at all.
/// For: a date of birth or NHS number right after it (+4), "for" / "re" / "pt" / "saw" / "of" before it (+3), a title (+2),
/// a date or number before it (+1), being the first name-like words of the message (+1), capitals (+1).
/// Against: "from" / "to" / "at" before it (-1), a clinician's title before it (-3, and only with a date of birth after it).
/// Never: lower-case words without a clear start before them (the message's start, a title, a marker, punctuation, a
/// date or number); after "by" or "cc", after "to" and a title ("referred to Mr Khan") without a date of birth, or before a place
/// ("Boots Pharmacy", "Royal Infirmary") or a clinician's role ("Mr Khan consultant").
/// </summary>
internal static class NameScore
{
    /// <param name="tokens">The message's words.</param>
    /// <param name="c">The candidate weighed.</param>
    /// <param name="atStart">The candidate is the first name-like words of the message, and that counts (not in strict mode).</param>
    /// <param name="strict">Notes, stock and messages without start words: lower-case words need a title or a marker before them.</param>
    public static int? Of(List<NameToken> tokens, NameCandidate c, bool atStart, bool strict)
    {
        var before = c.First > 0 ? tokens[c.First - 1] : (NameToken?)null;
        var titled = before?.Kind == NameTokenKind.Title;
        var clinician = before?.Kind == NameTokenKind.Clinician;
        var ahead = titled || clinician ? (c.First > 1 ? tokens[c.First - 2] : (NameToken?)null) : before;
        var after = c.Last + 1 < tokens.Count ? tokens[c.Last + 1] : (NameToken?)null;

        if (after?.Kind == NameTokenKind.Place || (after is { } a && NameWords.Roles.Contains(a.Bare.ToLowerInvariant()))) return null;
        if (ahead?.Kind == NameTokenKind.Away) return null;
        if (titled && !c.Anchored && ahead?.Kind == NameTokenKind.Aside && ahead.Value.Bare.Equals("to", StringComparison.OrdinalIgnoreCase)) return null;
        if (clinician && !c.Anchored) return null;
        if (!c.Anchored && !c.Capitalised) return null;
        // Lower-case words before a date of birth are a name only where a name can start: "re: margaret evans 14/2/48",
        // not "bloods checked 14/2/48" or "from practices dob ...".
        var clearStart = titled || ahead?.Kind == NameTokenKind.Marker
            || (!strict && (ahead is null || ahead.Value.Closes || ahead.Value.Kind is NameTokenKind.Punctuation or NameTokenKind.Evidence));
        if (!c.Capitalised && !clearStart) return null;

        var marked = ahead?.Kind == NameTokenKind.Marker;
        var evidence = ahead?.Kind == NameTokenKind.Evidence;
        if (!c.Anchored)
        {
            var enough = c.Parts.Count == 1 ? titled : titled || marked || evidence || atStart;
            if (!enough) return null;
        }

        var score = (c.Anchored ? 4 : 0) + (titled ? 2 : 0) + (clinician ? -3 : 0) + (marked ? 3 : 0) + (evidence ? 1 : 0)
            + (atStart ? 1 : 0) + (c.Capitalised ? 1 : 0);
        if (ahead?.Kind == NameTokenKind.Aside) score -= 1;
        return c.Anchored || score > 0 ? score : null;
    }
}
