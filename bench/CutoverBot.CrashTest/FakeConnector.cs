using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CutoverBot.CrashTest;

/// <summary>
/// A stand-in for the Teams Bot Connector on loopback. Records every message it accepts; can be switched to answer
/// 503 or to hang (the connection is dropped, unanswered, when the mode changes). <see cref="Accepted"/> runs before
/// the 2xx answer is written, so a test can kill the bot at the moment a reply has reached Teams.
/// </summary>
internal sealed partial class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorPost> _posts = new();
    private WebApplication? _app;
    private volatile ConnectorMode _mode = ConnectorMode.Up;
    private TaskCompletionSource _modeChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;
    private int _refused;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>How long each accepted message takes to process, as Teams takes a little while (real Teams: 100 ms or more).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Called with each accepted message, before it is answered.</summary>
    public Action<ConnectorPost>? Accepted { get; set; }

    public IReadOnlyCollection<ConnectorPost> Posts => _posts;

    /// <summary>Calls answered 503 or left hanging.</summary>
    public int Refused => Volatile.Read(ref _refused);

    public ConnectorMode Mode
    {
        get => _mode;
        set
        {
            _mode = value;
            Interlocked.Exchange(ref _modeChanged, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v3/conversations", (Delegate)CreateConversationAsync);
        _app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", (HttpContext c, string conversationId) => PostAsync(c, conversationId));
        _app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext c, string conversationId) => PostAsync(c, conversationId));
        _app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string activityId) => UpdateAsync(c, activityId));
        _app.MapFallback((Delegate)FallbackAsync);
        await _app.StartAsync();
        ServiceUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
    }

    public void Clear() => _posts.Clear();

    private async Task<IResult> PostAsync(HttpContext context, string conversationId)
    {
        if (await RefuseAsync(context) is { } refused) return refused;
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        // Received in full: like Teams, what has arrived is posted even if the bot dies while it waits for the answer.
        if (Latency > TimeSpan.Zero) await Task.Delay(Latency, CancellationToken.None);
        var post = new ConnectorPost(conversationId, ReferencePattern().Match(body) is { Success: true } m ? m.Value : null,
            body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal), body);
        _posts.Enqueue(post);
        Accepted?.Invoke(post);
        return Results.Json(new { id = "activity-" + Interlocked.Increment(ref _nextId) });
    }

    private async Task<IResult> UpdateAsync(HttpContext context, string activityId) =>
        await RefuseAsync(context) ?? Results.Json(new { id = activityId });

    private async Task<IResult> CreateConversationAsync(HttpContext context)
    {
        if (await RefuseAsync(context) is { } refused) return refused;
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var member = MemberPattern().Match(body) is { Success: true } m ? m.Groups[1].Value : "unknown";
        return Results.Json(new { id = "a:personal-" + member, activityId = "activity-" + Interlocked.Increment(ref _nextId) });
    }

    // Rosters, team details and the like: the crash scenarios seed what the bot would have learnt from them.
    private async Task<IResult> FallbackAsync(HttpContext context) => await RefuseAsync(context) ?? Results.Json(new { });

    /// <summary>The answer while the connector is down, or null when it is up.</summary>
    private async Task<IResult?> RefuseAsync(HttpContext context)
    {
        var changed = Volatile.Read(ref _modeChanged).Task;
        switch (_mode)
        {
            case ConnectorMode.ServiceUnavailable:
                Interlocked.Increment(ref _refused);
                return Results.Json(new { error = new { code = "ServiceUnavailable", message = "down" } }, statusCode: 503);
            case ConnectorMode.Hang:
                Interlocked.Increment(ref _refused);
                await changed.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                context.Abort();
                return Results.Empty;
            default:
                return null;
        }
    }

    [GeneratedRegex(@"\b[A-Z]{2,8}-\d{4,}\b")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("\"members\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex MemberPattern();

    public async ValueTask DisposeAsync()
    {
        Mode = ConnectorMode.Up;
        if (_app is not null) await _app.DisposeAsync();
    }
}
