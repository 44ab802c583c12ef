namespace CutoverBot.Bot;

/// <summary>Recognises the typed commands that change re-entry progress, so the posted go-live cards can follow.</summary>
internal static class ReentryCommands
{
    public static bool ChangeProgress(string text)
    {
        var words = text.Split([' ', '\n'], 3, StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', '!', ',', ':', ';')).ToArray();
        if (words.Length == 0) return false;
        return words[0].Equals("reentered", StringComparison.OrdinalIgnoreCase) ||
               (words.Length > 1 && words[0].Equals("not", StringComparison.OrdinalIgnoreCase) && words[1].Equals("needed", StringComparison.OrdinalIgnoreCase));
    }
}
