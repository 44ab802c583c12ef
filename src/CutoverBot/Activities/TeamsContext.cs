using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Activities;

/// <summary>Reads who is talking and where from a Teams activity, turning it into Core's <see cref="ChatContext"/>.</summary>
internal static class TeamsContext
{
    public static ChatContext From(IActivity activity)
    {
        var from = activity.From;
        var user = new ChatUser(from.Id, from.Name ?? "", from.AadObjectId);
        var kind = KindOf(activity);
        var teamId = kind == ConversationKind.Channel ? Team(activity)?.Id : null;
        return new ChatContext(user, kind, teamId, TenantId(activity));
    }

    /// <summary>
    /// Where an activity was said. Only a conversation that is plainly one-to-one counts as personal: patient details go
    /// there, so anything odd (a type Teams never sends, or none in a team) is treated as shared.
    /// </summary>
    public static ConversationKind KindOf(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        "personal" => ConversationKind.Personal,
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        // The Bot Framework Emulator sends no type for its one-to-one chat: that alone stays personal.
        null when Team(activity) is null && activity.Conversation?.IsGroup != true => ConversationKind.Personal,
        null when Team(activity) is not null => ConversationKind.Channel,
        _ => ConversationKind.GroupChat,
    };

    public static TeamsChannelData? ChannelData(IActivity activity)
    {
        try
        {
            return activity.GetChannelData<TeamsChannelData>();
        }
        catch (Exception ex) when (ex is JsonException or InvalidCastException or ArgumentException or NullReferenceException)
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
