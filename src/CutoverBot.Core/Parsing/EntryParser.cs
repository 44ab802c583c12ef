using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Parsing;

/// <summary>Turns a quick entry typed by staff ("log call Margaret Evans 14/02/1948 ...") into an entry's fields.</summary>
public static class EntryParser
{
    /// <summary>
    /// Reads a message. Returns null when it does not start with a quick-entry trigger.
    /// <paramref name="today"/> is the London date now, used for "yesterday" and for two-digit years of birth.
    /// </summary>
    public static ParsedEntry? Parse(string text, DateOnly today)
    {
        // Placeholder until the parser lands: recognises only "log call".
        var t = text.Trim();
        if (!t.StartsWith("log call", StringComparison.OrdinalIgnoreCase)) return null;
        return new ParsedEntry { Category = EntryCategory.Call, OccurredOn = today, Text = t[8..].Trim() };
    }
}
