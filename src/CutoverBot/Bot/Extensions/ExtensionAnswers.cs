using CutoverBot.Core.MessageActions;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace CutoverBot.Bot.Extensions;

/// <summary>The shapes Teams reads from a message extension's invoke answer, written as plain JSON.</summary>
internal static class ExtensionAnswers
{
    private const string ThumbnailType = "application/vnd.microsoft.card.thumbnail";

    /// <summary>A task module answer: a card it shows (task/continue), or a message that closes it (task/message).</summary>
    public static InvokeResponse Task(ExtensionAnswer answer, ReplySender sender)
    {
        JObject task = answer.Card is { } card
            ? new JObject
            {
                ["type"] = "continue",
                ["value"] = new JObject
                {
                    ["title"] = answer.Title,
                    ["height"] = "large",
                    ["width"] = "medium",
                    ["card"] = new JObject { ["contentType"] = InvokeAnswers.CardType, ["content"] = sender.RenderCard(card) },
                },
            }
            : new JObject { ["type"] = "message", ["value"] = answer.Message ?? "" };
        return new InvokeResponse { Status = 200, Body = new JObject { ["task"] = task } };
    }

    public static InvokeResponse QueryMessage(string text) => new()
    {
        Status = 200,
        Body = new JObject { ["composeExtension"] = new JObject { ["type"] = "message", ["text"] = text } },
    };

    public static InvokeResponse QueryResults(IReadOnlyList<FoundEntry> results, ReplySender sender) => new()
    {
        Status = 200,
        Body = new JObject
        {
            ["composeExtension"] = new JObject
            {
                ["type"] = "result",
                ["attachmentLayout"] = "list",
                ["attachments"] = new JArray(results.Select(r => new JObject
                {
                    ["contentType"] = InvokeAnswers.CardType,
                    ["content"] = sender.RenderCard(r.Card),
                    ["preview"] = new JObject
                    {
                        ["contentType"] = ThumbnailType,
                        ["content"] = new JObject { ["title"] = r.Title, ["text"] = r.Summary },
                    },
                })),
            },
        },
    };
}
