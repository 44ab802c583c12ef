using CutoverBot.Activities;
using CutoverBot.Core.Practices;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace CutoverBot.Delivery;

/// <summary>
/// The one place the bot speaks first: channel posts, personal-chat posts and in-place updates, paced and retried by
/// <see cref="RetryingConnector"/>. When Teams says the bot has left a practice's channel, the practice is marked
/// inactive so the scheduler stops; when a user has blocked the bot, only that user's chat is forgotten.
/// </summary>
internal sealed class ProactiveSender(RetryingConnector connector, IPracticeStore practices, ILogger<ProactiveSender> logger) : IProactiveSender
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, CancellationToken cancellationToken) =>
        SendCardAsync(practice, recipientUserId, cardJson, static _ => { }, cancellationToken);

    public async Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, Action<bool> onWire, CancellationToken cancellationToken)
    {
        var activity = CardActivity(cardJson);
        string conversationId;
        if (recipientUserId is null)
        {
            conversationId = practice.ChannelId;
        }
        else
        {
            var opened = await PersonalConversationAsync(practice, recipientUserId, cancellationToken);
            if (opened.Outcome != SendOutcome.Sent) return new SendResult(opened.Outcome);
            conversationId = opened.ConversationId!;
        }

        activity.Conversation = new ConversationAccount(id: conversationId);
        var result = await connector.CallAsync(practice, conversationId,
            (client, ct) => client.Conversations.SendToConversationAsync(activity, ct), cancellationToken, onWire);
        return Finish(practice, recipientUserId, result, result.Value?.Id, conversationId);
    }

    public async Task<SendResult> UpdateCardAsync(Practice practice, string conversationId, string activityId, string cardJson, CancellationToken cancellationToken)
    {
        var activity = CardActivity(cardJson);
        activity.Id = activityId;
        activity.Conversation = new ConversationAccount(id: conversationId);
        var result = await connector.CallAsync(practice, conversationId,
            (client, ct) => client.Conversations.UpdateActivityAsync(activity, ct), cancellationToken);
        if (result.Outcome == SendOutcome.Gone && conversationId != practice.ChannelId)
        {
            // A personal chat whose user is not known here: the next send to that user finds out and forgets the chat.
            DeliveryLog.PersonalChatGone(logger, practice.Id, result.Failure?.StatusCode, result.Failure?.ErrorCode);
            return SendResult.Gone;
        }
        return Finish(practice, null, result, activityId, conversationId);
    }

    private SendResult Finish<T>(Practice practice, string? recipientUserId, CallResult<T> result, string? activityId, string conversationId)
    {
        if (result.Outcome == SendOutcome.Gone) Forget(practice, recipientUserId, result.Failure);
        return result.Outcome == SendOutcome.Sent
            ? SendResult.Sent(activityId ?? "", conversationId)
            : new SendResult(result.Outcome);
    }

    private async Task<SendResult> PersonalConversationAsync(Practice practice, string userId, CancellationToken cancellationToken)
    {
        var user = practices.FindUser(userId);
        if (!string.IsNullOrEmpty(user?.PersonalConversationId)) return SendResult.Sent("", user.PersonalConversationId);

        var parameters = PersonalChatParameters.For(new ChannelAccount(id: connector.BotAccountId), new ChannelAccount(id: userId), practice.TenantId);
        // Creating a chat is a request in the tenant's budget but belongs to no conversation yet; key it by the user.
        var created = await connector.CallAsync(practice, "create|" + userId,
            (client, ct) => client.Conversations.CreateConversationAsync(parameters, ct), cancellationToken);
        if (created.Outcome != SendOutcome.Sent || string.IsNullOrEmpty(created.Value?.Id))
        {
            if (created.Outcome == SendOutcome.Gone) DeliveryLog.PersonalChatGone(logger, practice.Id, created.Failure?.StatusCode, created.Failure?.ErrorCode);
            return new SendResult(created.Outcome == SendOutcome.Sent ? SendOutcome.Failed : created.Outcome);
        }

        user ??= new ChatUserRecord { Id = userId, Name = practices.FindMember(practice.Id, userId)?.Name ?? "" };
        user.TenantId ??= practice.TenantId;
        user.ServiceUrl ??= practice.ServiceUrl;
        user.PersonalConversationId = created.Value.Id;
        practices.UpsertUser(user);
        return SendResult.Sent("", created.Value.Id);
    }

    private void Forget(Practice practice, string? recipientUserId, ConnectorFailure? failure)
    {
        if (recipientUserId is null)
        {
            DeliveryLog.PracticeGone(logger, practice.Id, failure?.StatusCode, failure?.ErrorCode);
            // Re-read so a concurrent change (setup, roster) is not overwritten with this caller's copy.
            var stored = practices.Find(practice.Id) ?? practice;
            stored.Active = false;
            practices.Upsert(stored);
            practice.Active = false;
            return;
        }
        DeliveryLog.PersonalChatGone(logger, practice.Id, failure?.StatusCode, failure?.ErrorCode);
        var user = practices.FindUser(recipientUserId);
        if (user is null) return;
        user.PersonalConversationId = null;
        practices.UpsertUser(user);
    }

    private static Activity CardActivity(string cardJson) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = AdaptiveCardContentType, Content = JObject.Parse(cardJson) }],
    };
}
