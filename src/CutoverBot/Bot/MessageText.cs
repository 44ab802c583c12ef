namespace CutoverBot.Bot;

/// <summary>Turns the text of a Teams message (after the bot's mention is removed) into what Core's router reads.</summary>
internal static class MessageText
{
    public static string Clean(string? text) => (text ?? "").Trim();
}
