using Microsoft.Bot.Schema;

namespace CutoverBot.Bot;

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
        return null;
    }
}
