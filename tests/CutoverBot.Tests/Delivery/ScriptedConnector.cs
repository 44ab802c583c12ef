using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CutoverBot.Tests.Delivery;

/// <summary>
/// A local Bot Connector for delivery tests: records each request with the (fake) time it arrived, and answers with
/// scripted status codes, Retry-After headers and Teams error codes before falling back to success.
/// </summary>
public sealed class ScriptedConnector(TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private WebApplication? _app;
    private int _nextId;
    private int _inFlight;

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<ConnectorRequest> Requests => _requests.ToArray();

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>The next requests get these answers, in order; after them every request succeeds.</summary>
    public void Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
    }

    /// <summary>When set, answers every request not already scripted (e.g. to make one conversation fail for good).</summary>
    public Func<ConnectorRequest, ScriptedReply?>? Rule { get; set; }

    public static async Task<ScriptedConnector> StartAsync(TimeProvider time)
    {
        var connector = new ScriptedConnector(time);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        connector._app = builder.Build();
        connector._app.Run(connector.HandleAsync);
        await connector._app.StartAsync();
        connector.ServiceUrl = connector._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return connector;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var raw = await reader.ReadToEndAsync();
            // /v3/conversations[/{conversationId}/activities[/{activityId}]]
            var parts = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
            var request = new ConnectorRequest(context.Request.Method, context.Request.Path.Value!,
                parts.Length > 2 ? parts[2] : null, parts.Length > 4 ? parts[4] : null,
                string.IsNullOrWhiteSpace(raw) ? null : JsonNode.Parse(raw), time.GetUtcNow());
            _requests.Enqueue(request);

            var reply = _script.TryDequeue(out var scripted) ? scripted : Rule?.Invoke(request);
            if (reply is not null && reply.Status >= 300)
            {
                if (reply.RetryAfter is not null) context.Response.Headers.RetryAfter = reply.RetryAfter;
                context.Response.StatusCode = reply.Status;
                await context.Response.WriteAsJsonAsync(new { error = new { code = reply.ErrorCode ?? "Throttled", message = "scripted" } });
                return;
            }
            var id = request.Method == "PUT" ? request.ActivityId! : (parts.Length == 2 ? "a:personal-" : "activity-") + Interlocked.Increment(ref _nextId);
            await context.Response.WriteAsJsonAsync(new { id });
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
