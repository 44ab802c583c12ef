using System.Text.Json;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Practices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CutoverBot.Bot;

/// <summary>
/// Card buttons: Action.Execute arrives as an adaptiveCard/action invoke and is answered in the HTTP response;
/// the Action.Submit fallback arrives as a message whose value holds the verb, and is answered by updating the card.
/// The data may be forged; Core decides what it may touch.
/// </summary>
internal sealed class CardActionHandler(ChatCommandRouter router, PracticeStore practices, ReplySender sender, ILogger<CardActionHandler> logger)
{
    private const string NotAButton = "That doesn't look like one of my buttons. Please try again from the card.";

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

        var result = await RunAsync(turnContext, verb, data, cancellationToken).ConfigureAwait(false);
        AdaptiveCardInvokeResponse body;
        if (result.StatusCode is >= 400 and < 500)
        {
            body = InvokeAnswers.Error(result.StatusCode, result.Message ?? NotAButton);
        }
        else if (result.Card is { } card)
        {
            var rendered = sender.RenderCard(card);
            body = InvokeAnswers.Card(rendered);
            if (result.UpdateForEveryone) await UpdateClickedCardAsync(turnContext, sender.CardAttachment(card), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            body = InvokeAnswers.Message(result.Message ?? "Done.");
        }
        await sender.SendAsync(turnContext, result.FollowUps, cancellationToken).ConfigureAwait(false);
        return InvokeAnswers.Wrap(body);
    }

    /// <summary>The Action.Submit fallback: a message whose value carries the verb and the card's inputs.</summary>
    public async Task SubmitAsync(ITurnContext turnContext, JObject value, CancellationToken cancellationToken)
    {
        if (Text(value["verb"]) is not { Length: > 0 } verb || ToJson(value) is not { } data)
        {
            await turnContext.SendActivityAsync(NotAButton, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await RunAsync(turnContext, verb, data, cancellationToken).ConfigureAwait(false);
        var replyToId = turnContext.Activity.ReplyToId;
        if (result.StatusCode < 400 && result.Card is { } card && !string.IsNullOrEmpty(replyToId))
        {
            await UpdateClickedCardAsync(turnContext, sender.CardAttachment(card), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var reply = result.StatusCode >= 400 || result.Card is null
                ? new OutgoingMessage(Audience.Here, result.Message ?? (result.StatusCode >= 400 ? NotAButton : "Done."))
                : new OutgoingMessage(Audience.Here, result.Message, result.Card);
            await sender.SendAsync(turnContext, [reply], cancellationToken).ConfigureAwait(false);
        }
        await sender.SendAsync(turnContext, result.FollowUps, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> RunAsync(ITurnContext turnContext, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var context = TeamsContext.From(turnContext.Activity);
        UserRecorder.Remember(practices, turnContext.Activity);
        var result = await router.HandleActionAsync(context, verb, data, cancellationToken).ConfigureAwait(false);
        Log.CardAction(logger, SafeVerb(verb), context.User.Id, result.StatusCode);
        return result;
    }

    private static async Task UpdateClickedCardAsync(ITurnContext turnContext, Attachment card, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(turnContext.Activity.ReplyToId)) return;
        var update = MessageFactory.Attachment(card);
        update.Id = turnContext.Activity.ReplyToId;
        await turnContext.UpdateActivityAsync(update, cancellationToken).ConfigureAwait(false);
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
