using CutoverBot.Core.Parsing;
using Microsoft.Bot.Schema;

namespace CutoverBot.Activities;

/// <summary>Turns the text of a Teams message into what Core's router reads.</summary>
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

    public static string Clean(string? text) => TextNormaliser.Normalise(text);
}
