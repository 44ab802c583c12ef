using Microsoft.Bot.Schema;

namespace CutoverBot.Activities;

/// <summary>What an activity must carry before a turn can run and the bot can answer it.</summary>
internal static class ActivityCheck
{
    /// <summary>A short reason (no content of the activity) when the activity cannot be processed, else null.</summary>
    public static string? FindProblem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type)) return "activity has no type";
        if (string.IsNullOrWhiteSpace(activity.ChannelId)) return "activity has no channelId";
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) ||
            (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "activity has no valid serviceUrl";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "activity has no conversation id";
        if (string.IsNullOrWhiteSpace(activity.From?.Id)) return "activity has no sender";
        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id)) return "activity has no recipient";
        // Teams ids are well under this; longer ones are forged and would not fit a database index key.
        if (activity.Conversation.Id.Length > MaxIdLength || activity.From.Id.Length > MaxIdLength || activity.Recipient.Id.Length > MaxIdLength)
            return "activity has an id longer than " + MaxIdLength + " characters";
        // Teams ids are printable ASCII. The bot puts them into the connector's URLs and headers to answer, where
        // anything else fails the reply, and so the turn, after any entry was saved.
        if (!IsPrintableAscii(activity.Conversation.Id) || !IsPrintableAscii(activity.From.Id) || !IsPrintableAscii(activity.Recipient.Id))
            return "activity has an id that is not printable ASCII";
        return null;
    }

    private const int MaxIdLength = 512;

    private static bool IsPrintableAscii(string id) => !id.Any(c => c is < ' ' or > '~');

    /// <summary>
    /// Drops a locale that .NET cannot read (the SDK looks it up before the turn starts and would fail the turn, losing
    /// what was typed); the bot's replies do not depend on it.
    /// </summary>
    public static void DropUnreadableLocale(Activity activity)
    {
        if (activity.Locale is not { } locale) return;
        try
        {
            if (locale.Any(char.IsControl)) throw new System.Globalization.CultureNotFoundException();
            _ = System.Globalization.CultureInfo.GetCultureInfo(locale);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            activity.Locale = null;
        }
    }
}
