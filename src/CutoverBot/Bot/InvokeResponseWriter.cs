using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;

namespace CutoverBot.Bot;

/// <summary>
/// Writes an invoke's answer as the SDK's HttpHelper does, but compact: the SDK indents it, which doubled a redrawn
/// checklist card on the wire (29 KB of card became 64 KB). Teams reads both the same.
/// </summary>
internal static class InvokeResponseWriter
{
    private static readonly JsonSerializerSettings Compact = new(HttpHelper.BotMessageSerializerSettings) { Formatting = Formatting.None };

    public static async Task WriteAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is null) return;
        response.ContentType = "application/json";
        await response.WriteAsync(JsonConvert.SerializeObject(invokeResponse.Body, Compact), cancellationToken);
    }
}
