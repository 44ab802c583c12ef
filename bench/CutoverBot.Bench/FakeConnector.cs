using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CutoverBot.Bench;

/// <summary>
/// The Bot Connector on loopback: accepts sends, replies, updates and new personal chats, answers with an id, and counts
/// what arrived per conversation. With <see cref="Limits"/> set it behaves as Teams does under load (see <see cref="TeamsLimits"/>).
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private long _requests;
    private long _largestBody;
    private long _lastAcceptedAt;
    private long _firstRequestAt;

    public TeamsLimits? Limits { get; init; }

    public string ServiceUrl { get; private set; } = "";

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Accepted activities per conversation id.</summary>
    public IReadOnlyDictionary<string, int> Accepted => _accepted;

    public long AcceptedCount => _accepted.Values.Sum();

    public long LargestBody => Interlocked.Read(ref _largestBody);

    public long FirstRequestAt => Interlocked.Read(ref _firstRequestAt);

    public long LastAcceptedAt => Interlocked.Read(ref _lastAcceptedAt);

    public void ResetLargestBody() => Interlocked.Exchange(ref _largestBody, 0);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v3/conversations", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            return Results.Json(new { id = "a:" + Guid.NewGuid().ToString("N") });
        });
        _app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext c, string conversationId) => AcceptAsync(c, conversationId));
        _app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId) => AcceptAsync(c, conversationId));
        _app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId) => AcceptAsync(c, conversationId));
        await _app.StartAsync();
        ServiceUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
    }

    private async Task<IResult> AcceptAsync(HttpContext context, string conversationId)
    {
        // Read the whole body as the real connector would, so the bot pays the same serialisation cost.
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        Interlocked.CompareExchange(ref _firstRequestAt, Stopwatch.GetTimestamp(), 0);
        Interlocked.Increment(ref _requests);
        if (Limits?.Judge(conversationId) is { } status and not 0)
        {
            if (status == 429) context.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = status == 429 ? "Throttled" : "ServiceUnavailable", message = "bench fault" } }, statusCode: status);
        }
        long largest;
        while ((largest = Interlocked.Read(ref _largestBody)) < body.Length && Interlocked.CompareExchange(ref _largestBody, body.Length, largest) != largest)
        {
        }
        _accepted.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        Interlocked.Exchange(ref _lastAcceptedAt, Stopwatch.GetTimestamp());
        return Results.Json(new { id = "1:" + Guid.NewGuid().ToString("N") });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
