using CutoverBot.Activities;
using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;

namespace CutoverBot.Bot;

/// <summary>
/// POST /api/messages. Reads and checks the activity before the SDK sees it, so that bad input gets a 4xx
/// (the SDK would throw on a missing serviceUrl or conversation and the request would end in a 500).
/// </summary>
internal sealed class MessagesEndpoint(CutoverAdapter adapter, IBot bot, TurnGate gate, ILogger<MessagesEndpoint> logger)
{
    /// <summary>Teams activities are a few KB; 256 KB leaves room for a long message with all its entities.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private const int MaxJsonDepth = 64;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        if (!IsJson(request.ContentType))
        {
            Reject(response, StatusCodes.Status415UnsupportedMediaType, "content type is not JSON");
            return;
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            Reject(response, StatusCodes.Status413PayloadTooLarge, "body too large");
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes + 1;

        var body = await ReadCappedAsync(request.Body, http.RequestAborted);
        if (body is null)
        {
            Reject(response, StatusCodes.Status413PayloadTooLarge, "body too large");
            return;
        }

        var activity = Deserialize(body);
        var problem = activity is null ? "body is not a JSON activity" : ActivityCheck.FindProblem(activity);
        if (problem is not null)
        {
            Reject(response, StatusCodes.Status400BadRequest, problem);
            return;
        }
        ActivityCheck.DropUnreadableLocale(activity!);

        try
        {
            using var slot = (await gate.EnterAsync(http.RequestAborted)).ForThisTurn();
            await adapter.ProcessAsync(activity!, request.Headers.Authorization, bot, response, http.RequestAborted);
        }
        catch (Exception ex) when (IsBadCredentials(ex))
        {
            // The exception's message can quote the token or its claims: only its type is logged.
            Reject(response, StatusCodes.Status401Unauthorized, "not authorised (" + ex.GetType().Name + ")");
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; nothing left to answer.
        }
        catch (Exception ex)
        {
            // Only the Bot Connector failing (even for the apology) gets this far. Anything already saved stays saved.
            Log.RequestFailed(logger, ex.GetType().Name);
            if (!response.HasStarted) response.StatusCode = StatusCodes.Status502BadGateway;
        }
    }

    /// <summary>
    /// What the SDK throws for a missing, malformed, unsigned, wrongly signed, expired or misaddressed token. Only
    /// authentication throws these out of ProcessActivityAsync: anything the turn throws goes to the turn-error handler.
    /// Stock 4.23.1 lets SecurityTokenMalformedException (an ArgumentException) escape for "Bearer garbage".
    /// </summary>
    private static bool IsBadCredentials(Exception ex) =>
        ex is UnauthorizedAccessException or SecurityTokenException or SecurityTokenArgumentException;

    private void Reject(HttpResponse response, int statusCode, string reason)
    {
        Log.RequestRejected(logger, reason);
        if (!response.HasStarted) response.StatusCode = statusCode;
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null &&
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is longer, whatever Content-Length said.</summary>
    private static async Task<MemoryStream?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var copy = new MemoryStream();
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (copy.Length + read > MaxBodyBytes) return null;
                copy.Write(buffer, 0, read);
            }
            copy.Position = 0;
            return copy;
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            // Kestrel's own body limit tripped.
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Activity? Deserialize(MemoryStream body)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(body)) { MaxDepth = MaxJsonDepth };
            return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (Exception ex) when (ex is JsonException or NullReferenceException or InvalidCastException)
        {
            // Newtonsoft reads "$type", "$id" and "$ref" as its own metadata and, when one holds an object, an array or
            // a number, throws these instead of a JsonException: still a body that is not an activity.
            return null;
        }
    }
}
