using CutoverBot.Activities;
using CutoverBot.Bot.Files;
using CutoverBot.Bot.Posts;
using CutoverBot.Core.Cards;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Delivery;
using CutoverBot.Graph;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CutoverBot.Bot;

/// <summary>
/// Turns Core's outgoing messages into activities: "here" answers in the conversation (a channel answer goes into the
/// thread), "author personal" goes to the author's 1:1 chat with the bot, created when the bot has none yet.
/// Files always go to the author's personal chat, as a consent card; a go-live card posted in a channel is remembered
/// so later confirmations update it. Every message goes through <see cref="OutboxTurnSender"/>: what the Bot Connector
/// does not take within the turn's budget is queued and delivered later, never dropped.
/// </summary>
internal sealed class ReplySender(
    CardRenderer renderer,
    IPracticeStore practices,
    FileOffers fileOffers,
    ChannelFilesCopier channelFiles,
    GoLiveCardRefresher goLiveCards,
    IEntryPostStore entryPosts,
    OutboxTurnSender replies,
    ILogger<ReplySender> logger)
{
    private const string CannotReachForFile =
        "I couldn't reach you in a personal chat, and files only go there. Open a chat with me (search for CutoverBot in Teams) and type export there.";

    public async Task SendAsync(ITurnContext turnContext, IEnumerable<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var forChannelFiles = new List<FileReply>();
        foreach (var message in messages)
        {
            if (message.File is { } file)
            {
                if (await OfferFileAsync(turnContext, message, file, cancellationToken) && file.ChannelCopy is { } copy)
                    forChannelFiles.Add(copy);
                continue;
            }
            var activity = ToActivity(message);
            if (activity is null) continue;
            var entryCard = IEntryPostStore.CardOf(message.Card);
            var tag = entryCard is { } e ? IEntryPostStore.TagFor(e.EntryId, e.Shared) : null;
            if (message.Audience == Audience.Here || IsPersonal(turnContext.Activity))
            {
                var sentId = await replies.SendTaggedAsync(turnContext, activity, tag, cancellationToken);
                RememberGoLivePost(turnContext, message, sentId);
                if (entryCard is { } posted && turnContext.Activity.Conversation?.Id is { } here)
                    entryPosts.Remember(posted.EntryId, posted.Shared, here, sentId ?? "");
            }
            else
            {
                await SendPersonalAsync(turnContext, activity, cancellationToken, tag: tag);
            }
        }
        if (forChannelFiles.Count > 0 &&
            await channelFiles.CopyAsync(turnContext, forChannelFiles, cancellationToken) is { } note)
        {
            await SendToAuthorAsync(turnContext, MessageFactory.Text(note), CannotReachForFile, cancellationToken);
        }
    }

    /// <summary>The message's text, then the consent card, in the author's personal chat only. False when nothing was offered.</summary>
    private async Task<bool> OfferFileAsync(ITurnContext turnContext, OutgoingMessage message, FileReply file, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(message.Text) &&
            !await SendToAuthorAsync(turnContext, MessageFactory.Text(message.Text), CannotReachForFile, cancellationToken))
            return false;
        var (card, refusal) = fileOffers.Offer(turnContext.Activity.From.Id, file);
        return await SendToAuthorAsync(turnContext, card ?? MessageFactory.Text(refusal), CannotReachForFile, cancellationToken) && card is not null;
    }

    private void RememberGoLivePost(ITurnContext turnContext, OutgoingMessage message, string? activityId)
    {
        if (message.Card is not { Template: GoLiveCards.Template, Data: GoLiveCardData data } card || string.IsNullOrEmpty(activityId)) return;
        if (TeamsContext.KindOf(turnContext.Activity) != ConversationKind.Channel) return;
        goLiveCards.Remember(data.PracticeId, turnContext.Activity.Conversation!.Id, activityId, renderer.Render(card));
    }

    /// <summary>Sends in the author's personal chat (this conversation when it is one). False when they could not be reached.</summary>
    public async Task<bool> SendToAuthorAsync(ITurnContext turnContext, IMessageActivity activity, string? unreachableText, CancellationToken cancellationToken)
    {
        if (IsPersonal(turnContext.Activity))
        {
            await turnContext.SendActivityAsync(activity, cancellationToken);
            return true;
        }
        return await SendPersonalAsync(turnContext, activity, cancellationToken, unreachableText);
    }

    /// <summary>
    /// Tells a user something in their personal chat when the bot already knows it (another user's turn, such as an
    /// install, cannot create one for them). Returns false when the user could not be reached.
    /// </summary>
    public async Task<bool> TellUserAsync(ITurnContext turnContext, ChatUserRecord user, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(user.PersonalConversationId) || user.ServiceUrl != turnContext.Activity.ServiceUrl) return false;
        try
        {
            await SendInPersonalChatAsync(turnContext, MessageFactory.Text(text), new ChannelAccount(user.Id, user.Name),
                user.PersonalConversationId, user.TenantId);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.PersonalSendFailed(logger, user.Id, ex.GetType().Name);
            return false;
        }
    }

    /// <summary>A message activity carrying the text and the rendered card, or null when there is nothing to say.</summary>
    public IMessageActivity? ToActivity(OutgoingMessage message)
    {
        if (message.Card is null && string.IsNullOrWhiteSpace(message.Text)) return null;
        var activity = MessageFactory.Text(message.Text);
        if (message.Card is { } card) activity.Attachments = [CardAttachment(card)];
        return activity;
    }

    public Attachment CardAttachment(CardReply card) => CardAttachment(RenderCard(card));

    /// <summary>A card already rendered (the answer to a click that also goes to everyone) as an attachment.</summary>
    public static Attachment CardAttachment(JToken rendered) => new()
    {
        ContentType = InvokeAnswers.CardType,
        // Attachment content is written by Newtonsoft: a JToken goes out as the card itself, not as a string.
        Content = rendered,
    };

    /// <summary>
    /// The rendered card as raw JSON: Newtonsoft writes it out as it is, so an 18 KB checklist card is not parsed into
    /// tokens only to be written back (twice on a tick: the answer and the update).
    /// </summary>
    public JToken RenderCard(CardReply card) => new JRaw(renderer.Render(card));

    private static bool IsPersonal(IActivity activity) =>
        TeamsContext.KindOf(activity) == ConversationKind.Personal;

    private async Task<bool> SendPersonalAsync(ITurnContext turnContext, IMessageActivity message, CancellationToken cancellationToken, string? unreachableText = null,
        string? tag = null)
    {
        var incoming = turnContext.Activity;
        var user = practices.FindUser(incoming.From.Id) ?? UserRecorder.Remember(practices, incoming);
        try
        {
            var conversationId = user.PersonalConversationId;
            if (string.IsNullOrEmpty(conversationId))
            {
                conversationId = await replies.WithinBudgetAsync(turnContext,
                    CreatePersonalConversationAsync(turnContext.TurnState.Get<IConnectorClient>(), incoming, cancellationToken));
                user.PersonalConversationId = conversationId;
                practices.UpsertUser(user);
            }
            var sent = await SendInPersonalChatAsync(turnContext, message, incoming.From, conversationId, TeamsContext.TenantId(incoming), tag);
            if (tag is not null && sent?.Id is { Length: > 0 } sentId) entryPosts.Posted(tag, conversationId, sentId);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The channel reply already went out without patient details; tell the author where to look instead.
            Log.PersonalSendFailed(logger, incoming.From.Id, ex.GetType().Name);
            await turnContext.SendActivityAsync(
                unreachableText ?? "I couldn't reach you in a personal chat. Open a chat with me (search for CutoverBot in Teams) and type \"my entries\" to see the details.",
                cancellationToken: cancellationToken);
            return false;
        }
    }

    // Addressed by hand because the turn's own conversation is another one (a channel, or someone else's chat).
    private Task<ResourceResponse?> SendInPersonalChatAsync(ITurnContext turnContext, IMessageActivity message, ChannelAccount recipient, string conversationId, string? tenantId,
        string? tag = null)
    {
        var incoming = turnContext.Activity;
        var activity = (Activity)message;
        activity.From = incoming.Recipient;
        activity.Recipient = recipient;
        activity.Conversation = new ConversationAccount(id: conversationId, conversationType: "personal", tenantId: tenantId);
        activity.ChannelId = incoming.ChannelId;
        activity.ServiceUrl = incoming.ServiceUrl;
        var client = turnContext.TurnState.Get<IConnectorClient>();
        // The send outlives the turn when the budget runs out (it then settles its queued copy), so not the turn's token.
        return replies.SendAsync(turnContext, [activity], _ => client.Conversations.SendToConversationAsync(conversationId, activity, CancellationToken.None), tag);
    }

    private static async Task<string> CreatePersonalConversationAsync(IConnectorClient client, IActivity incoming, CancellationToken cancellationToken)
    {
        var parameters = PersonalChatParameters.For(incoming.Recipient, new ChannelAccount(incoming.From.Id, incoming.From.Name), TeamsContext.TenantId(incoming));
        var created = await client.Conversations.CreateConversationAsync(parameters, cancellationToken);
        return created.Id;
    }
}
