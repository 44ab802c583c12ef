using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>
/// The failures a test scripts for the fake connector (429 with Retry-After, 403 with a Teams error code...), kept apart
/// from <see cref="FakeConnector"/> so the connector's routes stay readable.
/// </summary>
public sealed class ConnectorScript
{
    private readonly ConcurrentQueue<ScriptedReply> _queue = new();

    /// <summary>When set, answers every call not already scripted (e.g. to make one conversation fail for good).</summary>
    public Func<ConnectorCall, ScriptedReply?>? Rule { get; set; }

    /// <summary>The next calls get these answers, in order; after them every call is answered normally.</summary>
    public void Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies) _queue.Enqueue(reply);
    }

    /// <summary>The scripted failure for this call, or null to answer it normally.</summary>
    public IResult? AnswerFor(ConnectorCall call, HttpContext context)
    {
        var reply = _queue.TryDequeue(out var scripted) ? scripted : Rule?.Invoke(call);
        if (reply is null || reply.Status < 300) return null;
        if (reply.RetryAfter is not null) context.Response.Headers.RetryAfter = reply.RetryAfter;
        return Results.Json(new { error = new { code = reply.ErrorCode ?? "Throttled", message = "scripted" } }, statusCode: reply.Status);
    }
}
