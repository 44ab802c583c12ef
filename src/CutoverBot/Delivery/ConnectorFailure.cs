using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace CutoverBot.Delivery;

/// <summary>What a failed Bot Connector call means for delivery: retry, give up, or stop for good.</summary>
internal sealed record ConnectorFailure(int? StatusCode, string? ErrorCode, TimeSpan? RetryAfter, bool IsTransient, bool IsGone)
{
    private static readonly int[] TransientStatuses = [412, 429, 502, 503, 504];
    private static readonly string[] GoneCodes = ["BotNotInConversationRoster", "ConversationNotFound", "ConversationBlockedByUser", "BotDisabledByAdmin"];

    public bool IsThrottle => StatusCode == 429;

    /// <summary>
    /// Why the call failed, in a few fixed words for the log ("answered 503", "connection refused", "timed out"): never
    /// the exception's message, which can quote a request.
    /// </summary>
    public string Reason { get; init; } = "failed";

    public static ConnectorFailure From(Exception exception, DateTimeOffset now)
    {
        switch (exception)
        {
            case ErrorResponseException { Response: { } response } ex:
                return FromResponse((int)response.StatusCode, ex.Body?.Error?.Code ?? CodeFromContent(response.Content), response.Headers, now);
            case HttpOperationException { Response: { } response }:
                return FromResponse((int)response.StatusCode, CodeFromContent(response.Content), response.Headers, now);
            case HttpRequestException ex:
                // The connection failed before an answer: worth another try.
                return new ConnectorFailure(null, null, null, IsTransient: true, IsGone: false) { Reason = NetworkReason(ex) };
            case TaskCanceledException:
                return new ConnectorFailure(null, null, null, IsTransient: true, IsGone: false) { Reason = "timed out" };
            default:
                return new ConnectorFailure(null, null, null, IsTransient: false, IsGone: false) { Reason = "unexpected " + exception.GetType().Name };
        }
    }

    private static ConnectorFailure FromResponse(int status, string? code, IDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
    {
        var gone = status == (int)HttpStatusCode.Forbidden || (code is not null && GoneCodes.Contains(code, StringComparer.OrdinalIgnoreCase));
        return new ConnectorFailure(status, code, RetryAfterFrom(headers, now), IsTransient: !gone && TransientStatuses.Contains(status), gone)
        {
            Reason = code is null ? $"answered {status}" : $"answered {status} {code}",
        };
    }

    private static string NetworkReason(HttpRequestException exception)
    {
        if (exception.InnerException is SocketException socket)
        {
            switch (socket.SocketErrorCode)
            {
                case SocketError.ConnectionRefused: return "connection refused";
                case SocketError.TimedOut: return "connection timed out";
                case SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData: return "host name not found";
                case SocketError.NetworkUnreachable or SocketError.HostUnreachable: return "network unreachable";
            }
        }
        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "host name not found",
            HttpRequestError.SecureConnectionError => "TLS handshake failed",
            HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse => "connection closed without an answer",
            HttpRequestError.ProxyTunnelError => "proxy refused the connection",
            _ => "connection failed",
        };
    }

    // The SDK does not always deserialise the error body; the code is all we need from it.
    private static string? CodeFromContent(string? content)
    {
        if (string.IsNullOrEmpty(content)) return null;
        return GoneCodes.FirstOrDefault(c => content.Contains(c, StringComparison.OrdinalIgnoreCase));
    }

    private static TimeSpan? RetryAfterFrom(IDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
    {
        if (headers is null) return null;
        var value = headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            return when > now ? when - now : TimeSpan.Zero;
        return null;
    }
}
