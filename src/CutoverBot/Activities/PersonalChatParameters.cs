using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace CutoverBot.Activities;

/// <summary>
/// The request that opens a bot's 1:1 chat with a user, for both the turn's replies and the scheduler's posts: Teams
/// wants the tenant both as the conversation's tenant and in its channel data, or it refuses the chat.
/// </summary>
internal static class PersonalChatParameters
{
    public static ConversationParameters For(ChannelAccount bot, ChannelAccount user, string? tenantId) => new()
    {
        IsGroup = false,
        Bot = bot,
        Members = [user],
        TenantId = tenantId,
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
    };
}
