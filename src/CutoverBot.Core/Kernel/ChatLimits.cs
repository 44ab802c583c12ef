namespace CutoverBot.Core.Kernel;

/// <summary>Limits every surface that takes text from a person shares, so a form and a chat message agree.</summary>
public static class ChatLimits
{
    /// <summary>
    /// Longest message read. A longer quick entry keeps its first part (nothing typed about a patient is dropped
    /// on the floor) and the author is told; anything else longer is refused with a clear reply.
    /// </summary>
    public const int MaxMessageLength = 4000;

    /// <summary>The first <see cref="MaxMessageLength"/> characters, never ending in half a surrogate pair (an emoji cut in two).</summary>
    public static string Cut(string text)
    {
        if (text.Length <= MaxMessageLength) return text;
        var kept = text[..MaxMessageLength];
        return char.IsHighSurrogate(kept[^1]) ? kept[..^1] : kept;
    }
}
