using Microsoft.Bot.Schema;

namespace CutoverBot.Activities;

/// <summary>Takes the bot's @mention off a Teams message; Core's router cleans the rest.</summary>
internal static class MessageText
{
    /// <summary>The text without the bot's @mention; a malformed mention entity leaves the text for the normaliser to clean.</summary>
    public static string? WithoutBotMention(IMessageActivity activity)
    {
        try
        {
            return activity.RemoveRecipientMention();
        }
        catch (Exception ex) when (ex is NullReferenceException or Newtonsoft.Json.JsonException or ArgumentException)
        {
            return activity.Text;
        }
    }
}
