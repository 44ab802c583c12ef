using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>
/// The best guess at the kind of a message that does not start with one ("Margaret Hughes 14/5/1950 rang asking for a
/// call back"): the first kind's words anywhere in it, else a note. Only for messages kept because they carry patient
/// details; the author is told the kind was guessed and how to change it.
/// </summary>
internal static partial class KindGuesser
{
    /// <summary>Words looked at: the kind is said early, and the bound keeps a long paste to linear work.</summary>
    private const int MaxWords = 60;

    public static EntryCategory Guess(string text)
    {
        var seen = 0;
        for (var m = WordRegex().Match(text); m.Success && seen < MaxWords; m = m.NextMatch(), seen++)
        {
            // A single word that names no kind on its own but says what happened.
            if (m.Value.Equals("callback", StringComparison.OrdinalIgnoreCase)) return EntryCategory.Call;
            // "log this:" names no kind ("log" needs a kind after it); "can you log a referral" is found at "referral".
            if (EntryTriggers.MayStartWith(m.Value) && EntryTriggers.Match(text, m.Index) is { } found) return found.Category;
        }
        return EntryCategory.Other;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordRegex();
}
