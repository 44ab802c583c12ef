using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CutoverBot.Bot;

/// <summary>The shapes of an answer to an Action.Execute (adaptiveCard/action) invoke.</summary>
internal static class InvokeAnswers
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    // The key CloudAdapterBase reads the invoke response from (it is internal to the SDK).
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    public static AdaptiveCardInvokeResponse Card(JToken card) => new() { StatusCode = 200, Type = CardType, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) => new() { StatusCode = 200, Type = MessageType, Value = text };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string message) => new()
    {
        StatusCode = statusCode,
        Type = ErrorType,
        Value = new Error { Code = statusCode == 403 ? "Forbidden" : "BadRequest", Message = message },
    };

    /// <summary>The HTTP answer is always 200: the card's own status travels in the body, as Teams expects.</summary>
    public static InvokeResponse Wrap(AdaptiveCardInvokeResponse body) => new() { Status = 200, Body = body };
}
