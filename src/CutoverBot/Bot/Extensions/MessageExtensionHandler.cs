using CutoverBot.Activities;
using System.Text.Json;
using CutoverBot.Core.MessageActions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CutoverBot.Bot.Extensions;

/// <summary>
/// The message extension's invokes: composeExtension/fetchTask and /submitAction for "Log for re-entry" (answered in
/// the task module, never in the conversation) and /query for "Find an entry". The value is read here rather than
/// through the SDK's casts, which fail the turn on a field of the wrong type: a malformed value gets a 400.
/// </summary>
internal sealed class MessageExtensionHandler(MessageEntryFeature feature, PracticeInstaller installer, ReplySender sender)
{
    public const string FetchTask = "composeExtension/fetchTask";
    public const string SubmitAction = "composeExtension/submitAction";
    public const string Query = "composeExtension/query";

    public const string LogCommand = "logForReentry";
    public const string FindCommand = "findEntry";

    public const string UnknownCommandText = "I don't know that command. Please update CutoverBot in Teams, or ask your IT team.";

    public static bool Handles(string? name) => name is FetchTask or SubmitAction or Query;

    public async Task<InvokeResponse> HandleAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is not JObject value || value["commandId"] is not { Type: JTokenType.String } command || activity.From?.Id is not { Length: > 0 })
            return new InvokeResponse { Status = 400 };

        var context = TeamsContext.From(activity);
        // The user is not remembered from here: a message action in a one-to-one chat between two people may come as a
        // personal conversation the bot is not in, and must never be taken for the user's chat with the bot.
        // As for typed messages: someone not yet on the team's roster (a guest added since install) is looked up first.
        if (context.TeamId is { } teamId)
            await installer.EnsureMemberAsync(turnContext, teamId, activity.From, cancellationToken);

        var commandId = command.Value<string>();
        if (activity.Name == Query)
        {
            if (commandId != FindCommand) return ExtensionAnswers.QueryMessage(UnknownCommandText);
            var (results, message) = feature.Search.Find(context, QueryText(value));
            return message is not null ? ExtensionAnswers.QueryMessage(message) : ExtensionAnswers.QueryResults(results, sender);
        }

        if (commandId != LogCommand) return ExtensionAnswers.Task(Core.MessageActions.ExtensionAnswer.Say(UnknownCommandText), sender);
        if (activity.Name == FetchTask) return ExtensionAnswers.Task(feature.Open(context, MessageOf(value, activity)), sender);

        if (value["data"] is not JObject data) return new InvokeResponse { Status = 400 };
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(data.ToString(Newtonsoft.Json.Formatting.None));
        }
        catch (JsonException)
        {
            // Nested deeper than any form of ours.
            return new InvokeResponse { Status = 400 };
        }
        using (json) return ExtensionAnswers.Task(feature.Submit(context, activity.Conversation?.Id, json.RootElement), sender);
    }

    /// <summary>The message the action was chosen on, from messagePayload; null from the compose box or when it is missing.</summary>
    private static TeamsMessage? MessageOf(JObject value, IActivity activity)
    {
        if (value["messagePayload"] is not JObject payload) return null;
        return new TeamsMessage(
            Text(payload["id"]),
            activity.Conversation?.Id,
            Text(payload["linkToMessage"]),
            payload["body"] is JObject body ? Text(body["content"]) : null,
            payload["createdDateTime"] switch
            {
                { Type: JTokenType.Date } d => d.Value<DateTime>() is var t ? new DateTimeOffset(DateTime.SpecifyKind(t, t.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : t.Kind)) : null,
                { Type: JTokenType.String } s when DateTimeOffset.TryParse(s.Value<string>(), System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
                _ => null,
            });
    }

    /// <summary>The search box's text: the parameter Teams names after the manifest's (or the first given).</summary>
    private static string? QueryText(JObject value)
    {
        if (value["parameters"] is not JArray parameters) return null;
        var typed = parameters.OfType<JObject>().Where(p => Text(p["name"]) != "initialRun").ToList();
        var chosen = typed.FirstOrDefault(p => Text(p["name"]) == "query") ?? typed.FirstOrDefault();
        return chosen is null ? null : Text(chosen["value"]);
    }

    private static string? Text(JToken? token) => token is { Type: JTokenType.String } ? token.Value<string>() : null;
}
