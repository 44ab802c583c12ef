using CutoverBot.Activities;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using Microsoft.Bot.Schema;

namespace CutoverBot.Bot;

/// <summary>Remembers how to reach each user privately: service url, tenant and, once known, their personal chat.</summary>
internal static class UserRecorder
{
    public static ChatUserRecord Remember(IPracticeStore store, IActivity activity)
    {
        var from = activity.From;
        var known = store.FindUser(from.Id);
        var user = known ?? new ChatUserRecord { Id = from.Id };
        var name = string.IsNullOrWhiteSpace(from.Name) ? user.Name : from.Name;
        var aadObjectId = from.AadObjectId ?? user.AadObjectId;
        var tenantId = TeamsContext.TenantId(activity) ?? user.TenantId;
        var personal = TeamsContext.KindOf(activity) == ConversationKind.Personal
            ? activity.Conversation.Id
            : user.PersonalConversationId;

        // Most messages change nothing: skip the write so a busy morning is not a database write per message.
        if (known is not null && name == user.Name && aadObjectId == user.AadObjectId && tenantId == user.TenantId &&
            activity.ServiceUrl == user.ServiceUrl && personal == user.PersonalConversationId)
        {
            return user;
        }

        user.Name = name;
        user.AadObjectId = aadObjectId;
        user.TenantId = tenantId;
        user.ServiceUrl = activity.ServiceUrl;
        user.PersonalConversationId = personal;
        store.UpsertUser(user);
        return user;
    }
}
