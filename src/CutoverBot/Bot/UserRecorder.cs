using CutoverBot.Core.Commands;
using CutoverBot.Core.Practices;
using Microsoft.Bot.Schema;

namespace CutoverBot.Bot;

/// <summary>Remembers how to reach each user privately: service url, tenant and, once known, their personal chat.</summary>
internal static class UserRecorder
{
    public static ChatUserRecord Remember(PracticeStore store, IActivity activity)
    {
        var from = activity.From;
        var user = store.FindUser(from.Id) ?? new ChatUserRecord { Id = from.Id };
        if (!string.IsNullOrWhiteSpace(from.Name)) user.Name = from.Name;
        user.AadObjectId = from.AadObjectId ?? user.AadObjectId;
        user.TenantId = TeamsContext.TenantId(activity) ?? user.TenantId;
        user.ServiceUrl = activity.ServiceUrl;
        if (TeamsContext.KindOf(activity.Conversation.ConversationType) == ConversationKind.Personal)
        {
            user.PersonalConversationId = activity.Conversation.Id;
        }
        store.UpsertUser(user);
        return user;
    }
}
