using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>Turns the HTML-ish text Teams sends (tags, entities, non-breaking spaces) into one line of plain text.</summary>
public static partial class TextNormaliser
{
    /// <summary>
    /// Strips tags and mentions, decodes entities, straightens quotes and dashes, collapses whitespace and trims.
    /// Decodes once: text a user typed as "&amp;lt;" arrives as "&amp;amp;lt;" and comes out as "&amp;lt;".
    /// </summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = MentionRegex().Replace(text, " ");
        s = BlockTagRegex().Replace(s, " ");
        s = TagRegex().Replace(s, "");
        s = WebUtility.HtmlDecode(s);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsSurrogate(c))
            {
                // A half of a surrogate pair on its own (a broken paste, or a forged "\ud800") would make Normalize throw.
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(c).Append(s[++i]);
                else sb.Append('\uFFFD');
                continue;
            }
            switch (c)
            {
                // Zero-width characters arrive from copy and paste and would split words invisibly.
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD': break;
                // Outlook and phones turn ' into a curly quote; names such as O'Brien must match either way.
                case '\u2018' or '\u2019' or '\u02BC' or '\u0060' or '\u00B4': sb.Append('\''); break;
                case '\u201C' or '\u201D': sb.Append('"'); break;
                // A noncharacter Normalize refuses, like a lone surrogate.
                case '\uFFFE': sb.Append('\uFFFD'); break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212': sb.Append('-'); break;
                default: sb.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }
        // Composed form, so "Zoë" typed on a Mac and on Windows is the same name.
        return WhitespaceRegex().Replace(sb.ToString(), " ").Trim().Normalize(NormalizationForm.FormC);
    }

    // Bounded quantifiers keep a long run of unclosed tags from turning into quadratic work.
    [GeneratedRegex(@"<at\b[^<>]{0,500}>[^<]{0,500}</at>", RegexOptions.IgnoreCase)]
    private static partial Regex MentionRegex();

    [GeneratedRegex(@"</?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|pre)\b[^<>]{0,1000}>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTagRegex();

    [GeneratedRegex(@"<[a-zA-Z/!][^<>]{0,1000}>")]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
