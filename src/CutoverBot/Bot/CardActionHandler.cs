using CutoverBot.Activities;
using System.Text.Json;
using CutoverBot.Bot.Posts;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CutoverBot.Bot;

/// <summary>
/// Card buttons: Action.Execute arrives as an adaptiveCard/action invoke and is answered in the HTTP response;
/// the Action.Submit fallback arrives as a message whose value holds the verb, and is answered by updating the card.
/// The data may be forged; Core decides what it may touch. Where a result has a shared card (the go-live card behind a
/// user-specific view), the clicker gets their own view and the posted message gets the shared card.
/// </summary>
internal sealed class CardActionHandler(
    ChatCommandRouter router,
    IPracticeStore practices,
    ReplySender sender,
    GoLiveCardRefresher goLiveCards,
    ChecklistCardRefresher checklistCards,
    EntryCardRefresher entryCards,
    PracticeInstaller installer,
    ILogger<CardActionHandler> logger)
{
    private const string NotAButton = "That doesn't look like one of my buttons. Please try again from the card.";

    /// <summary>Cards with patient details: shown only to one person, never put into a posted (shared) message.</summary>
    private static readonly HashSet<string> PersonalTemplates =
        [ReentryView.Template, EntryCards.MyEntriesTemplate, EntryCards.SavedTemplate];

    /// <summary>Verbs that change re-entry progress, after which the practice's posted go-live cards are brought up to date.</summary>
    public async Task<InvokeResponse> ExecuteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Value is not JObject { } value ||
            value["action"] is not JObject action ||
            !string.Equals(Text(action["type"]), "Action.Execute", StringComparison.Ordinal) ||
            Text(action["verb"]) is not { Length: > 0 } verb ||
            ToJson(action["data"]) is not { } data)
        {
            // Not something one of our cards can send: a plain HTTP 400, as the SDK answers malformed invokes.
            return new InvokeResponse { Status = 400, Body = InvokeAnswers.Error(400, NotAButton) };
        }

        var result = await RunAsync(turnContext, verb, data, cancellationToken);
        AdaptiveCardInvokeResponse body;
        string? updated = null;
        if (result.StatusCode is >= 400 and < 500)
        {
            body = InvokeAnswers.Error(result.StatusCode, result.Message ?? NotAButton);
        }
        else if (result.Card is { } card)
        {
            var rendered = sender.RenderCard(card);
            body = InvokeAnswers.Card(rendered);
            // A refresh (trigger automatic) only reads: it never rewrites the posted message. A tick's card is the same
            // for the clicker and for everyone, so it is rendered once for both.
            if (SharedCardOf(result) is { } shared && !IsAutomaticRefresh(value) &&
                await UpdateClickedCardAsync(turnContext, ReferenceEquals(shared, card) ? ReplySender.CardAttachment(rendered) : sender.CardAttachment(shared), cancellationToken))
                updated = turnContext.Activity.ReplyToId;
        }
        else
        {
            body = InvokeAnswers.Message(result.Message ?? "Done.");
        }
        await sender.SendAsync(turnContext, result.FollowUps, cancellationToken);
        if (result.StatusCode == 200 && result.ReentryChangedFor is { } progressed)
            await goLiveCards.RefreshAsync(progressed, updated, cancellationToken);
        await RefreshChecklistAsync(turnContext, result, updated, cancellationToken);
        await RefreshEntryCardsAsync(turnContext, result, updated, cancellationToken);
        return InvokeAnswers.Wrap(body);
    }

    /// <summary>
    /// What the posted message should show for everyone: the shared card when there is one, else the card itself when the
    /// action says so; never a card with patient details.
    /// </summary>
    internal static CardReply? SharedCardOf(CardActionResult result)
    {
        var shared = result.SharedCard ?? (result.UpdateForEveryone ? result.Card : null);
        return shared is not null && !PersonalTemplates.Contains(shared.Template) ? shared : null;
    }

    /// <summary>A tick changed: today's posted checklist card follows, unless it is the card this turn already updated.</summary>
    private Task RefreshChecklistAsync(ITurnContext turnContext, CardActionResult result, string? alreadyUpdated, CancellationToken cancellationToken) =>
        result.StatusCode == 200 && result.ChecklistChangedFor is { } practiceId
            ? checklistCards.RefreshTodayAsync(practiceId, (turnContext.Activity.Conversation?.Id, alreadyUpdated), cancellationToken)
            : Task.CompletedTask;

    private static bool IsAutomaticRefresh(JObject value) =>
        string.Equals(Text(value["trigger"]), "automatic", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Action.Submit fallback: a message whose value carries the verb and the card's inputs.</summary>
    public async Task SubmitAsync(ITurnContext turnContext, JObject value, CancellationToken cancellationToken)
    {
        if (Text(value["verb"]) is not { Length: > 0 } verb || ToJson(value) is not { } data)
        {
            await turnContext.SendActivityAsync(NotAButton, cancellationToken: cancellationToken);
            return;
        }

        var result = await RunAsync(turnContext, verb, data, cancellationToken);
        var replyToId = turnContext.Activity.ReplyToId;
        string? updated = null;
        var personalCard = result.Card is { } c && PersonalTemplates.Contains(c.Template) && TeamsContext.KindOf(turnContext.Activity) != ConversationKind.Personal;
        if (result.StatusCode < 400 && (result.SharedCard is not null || personalCard))
        {
            // The clicked card is shared: it gets the shared card (if any) and the clicker's own view goes to their personal chat.
            if (SharedCardOf(result) is { } shared && !string.IsNullOrEmpty(replyToId) &&
                await UpdateClickedCardAsync(turnContext, sender.CardAttachment(shared), cancellationToken))
                updated = replyToId;
            if (result.Card is { } own) await sender.SendAsync(turnContext, [OutgoingMessage.ToAuthor(own, result.Message)], cancellationToken);
        }
        else if (result.StatusCode < 400 && result.Card is { } card && !string.IsNullOrEmpty(replyToId))
        {
            if (await UpdateClickedCardAsync(turnContext, sender.CardAttachment(card), cancellationToken))
                updated = replyToId;
        }
        else
        {
            var reply = result.StatusCode >= 400 || result.Card is null
                ? new OutgoingMessage(Audience.Here, result.Message ?? (result.StatusCode >= 400 ? NotAButton : "Done."))
                : new OutgoingMessage(Audience.Here, result.Message, result.Card);
            await sender.SendAsync(turnContext, [reply], cancellationToken);
        }
        await sender.SendAsync(turnContext, result.FollowUps, cancellationToken);
        if (result.StatusCode == 200 && result.ReentryChangedFor is { } progressed)
            await goLiveCards.RefreshAsync(progressed, updated, cancellationToken);
        await RefreshChecklistAsync(turnContext, result, updated, cancellationToken);
        await RefreshEntryCardsAsync(turnContext, result, updated, cancellationToken);
    }

    /// <summary>
    /// An entry changed: its other posted cards follow (the channel reply after a correction in personal chat; every copy
    /// once removed), except the message this turn already replaced.
    /// </summary>
    private Task RefreshEntryCardsAsync(ITurnContext turnContext, CardActionResult result, string? alreadyUpdated, CancellationToken cancellationToken) =>
        result.StatusCode == 200 && result.EntryChanged is { } entryId
            ? entryCards.RefreshAsync(entryId, (turnContext.Activity.Conversation?.Id, alreadyUpdated), cancellationToken)
            : Task.CompletedTask;

    private async Task<CardActionResult> RunAsync(ITurnContext turnContext, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var context = TeamsContext.From(turnContext.Activity);
        UserRecorder.Remember(practices, turnContext.Activity);
        // As for typed messages: someone not yet on the roster (a guest added since install) is looked up first, or
        // Core would take an unknown clicker in a practice channel for staff.
        if (context.TeamId is { } teamId && turnContext.Activity.From is { } from)
            await installer.EnsureMemberAsync(turnContext, teamId, from, cancellationToken);
        var result = await router.HandleActionAsync(context, verb, data, cancellationToken);
        Log.CardAction(logger, SafeVerb(verb), context.User.Id, result.StatusCode);
        return result;
    }

    /// <summary>Replaces the clicked message; false when there is none or Teams refused (the clicker's answer still goes back).</summary>
    private async Task<bool> UpdateClickedCardAsync(ITurnContext turnContext, Attachment card, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(turnContext.Activity.ReplyToId)) return false;
        var update = MessageFactory.Attachment(card);
        update.Id = turnContext.Activity.ReplyToId;
        try
        {
            await turnContext.UpdateActivityAsync(update, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ClickedCardNotUpdated(logger, turnContext.Activity.Conversation?.Id, ex.GetType().Name);
            return false;
        }
    }

    // The verb comes from card data, which can be forged: log it only when it looks like one of ours.
    private static string SafeVerb(string verb) =>
        verb.Length <= 40 && verb.All(c => char.IsAsciiLetterLower(c) || c is '.' or '_') ? verb : "(unrecognised)";

    private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value : null;

    /// <summary>The card's data as System.Text.Json for Core; null when it is not an object (or absent: then an empty one).</summary>
    private static JsonElement? ToJson(JToken? token)
    {
        if (token is null || token.Type == JTokenType.Null) return JsonDocument.Parse("{}").RootElement.Clone();
        if (token is not JObject obj) return null;
        try
        {
            using var document = JsonDocument.Parse(obj.ToString(Newtonsoft.Json.Formatting.None));
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
