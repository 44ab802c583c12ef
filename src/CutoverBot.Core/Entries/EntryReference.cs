namespace CutoverBot.Core.Entries;

/// <summary>Checks that what follows edit/delete looks like a reference (CALL-0007), so nothing else is echoed back.</summary>
internal static class EntryReference
{
    public static string? Read(string arguments)
    {
        var text = arguments.Trim().TrimEnd('.', '!', '?').ToUpperInvariant();
        if (text.Length is < 3 or > 16) return null;
        var dash = text.IndexOf('-');
        if (dash < 1 || dash == text.Length - 1) return null;
        return text[..dash].All(char.IsAsciiLetterOrDigit) && text[(dash + 1)..].All(char.IsAsciiDigit) ? text : null;
    }
}
