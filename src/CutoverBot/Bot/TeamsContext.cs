using CutoverBot.Core.Commands;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;

namespace CutoverBot.Bot;

/// <summary>Reads who is talking and where from a Teams activity, turning it into Core's <see cref="ChatContext"/>.</summary>
internal static class TeamsContext
{
    public static ChatContext From(IActivity activity)
    {
        var from = activity.From;
        var user = new ChatUser(from.Id, from.Name ?? "", from.AadObjectId);
        var kind = KindOf(activity.Conversation?.ConversationType);
        var teamId = kind == ConversationKind.Channel ? Team(activity)?.Id : null;
        return new ChatContext(user, kind, teamId, TenantId(activity));
    }

    public static ConversationKind KindOf(string? conversationType) => conversationType?.ToLowerInvariant() switch
    {
        "channel" => ConversationKind.Channel,
        "groupchat" => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };

    public static TeamsChannelData? ChannelData(IActivity activity)
    {
        try
        {
            return activity.GetChannelData<TeamsChannelData>();
        }
        catch (Exception ex) when (ex is JsonException or InvalidCastException or ArgumentException)
        {
            // Forged or odd channelData: treat it as absent rather than failing the turn.
            return null;
        }
    }

    public static TeamInfo? Team(IActivity activity) =>
        ChannelData(activity)?.Team is { Id: { Length: > 0 } } team ? team : null;

    public static string? TenantId(IActivity activity) =>
        activity.Conversation?.TenantId is { Length: > 0 } tenant ? tenant : ChannelData(activity)?.Tenant?.Id;
}
