using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>
/// A real local HTTP server standing in for the Teams Bot Connector: records every call the bot makes and answers
/// like the connector does (created conversations, activity ids, members and paged rosters). It also stands in for
/// the OneDrive upload URL a file consent gives (/upload/...) and for Microsoft Graph (/graph/v1.0/...).
/// Delivery tests give it their fake clock, to see when each call arrived, and script failures through <see cref="Script"/>.
/// </summary>
public sealed class FakeConnector(TimeProvider? time = null) : IAsyncDisposable
{
    private const int PageSize = 2;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<FakeMember>> _rosters = new();
    private readonly ConcurrentDictionary<string, bool> _failing = new();
    private readonly ConcurrentQueue<FakeHttpCall> _files = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private WebApplication? _app;
    private int _nextId;
    private int _inFlight;

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<ConnectorCall> Calls => _calls.ToArray();

    public ConnectorScript Script { get; } = new();

    /// <summary>Requests being answered right now: a fake clock must not jump while the bot waits on one.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Uploads to /upload/... and every Graph request, in order.</summary>
    public IReadOnlyList<FakeHttpCall> FileCalls => _files.ToArray();

    /// <summary>When set, every Graph request answers this status with an OData error.</summary>
    public int? GraphFailure { get; set; }

    public string GraphBaseUrl => ServiceUrl + "graph/v1.0";

    /// <summary>The upload URL Teams would hand out for a file the user accepted.</summary>
    public string UploadUrl(string fileName) => ServiceUrl + "upload/" + Uri.EscapeDataString(fileName);

    /// <summary>The Microsoft 365 group id the fake gives each team (Teams' team details).</summary>
    public static string GroupIdOf(string teamId) => "group-" + teamId.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    public void SetRoster(string teamId, params FakeMember[] members) => _rosters[teamId] = members;

    /// <summary>Every post to this conversation answers 500, as the connector does when it is having a bad day.</summary>
    public void FailPostsTo(string conversationId) => _failing[conversationId] = true;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use(CountInFlightAsync);
        _app.MapPost("/v3/conversations", (Delegate)CreateConversationAsync);
        _app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext c, string conversationId) => PostActivityAsync(c, conversationId, null));
        _app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) => PostActivityAsync(c, conversationId, activityId));
        _app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) => PostActivityAsync(c, conversationId, activityId));
        _app.MapGet("/v3/conversations/{conversationId}/members/{userId}", GetMember);
        _app.MapGet("/v3/conversations/{conversationId}/pagedmembers", GetPagedMembers);
        _app.MapGet("/v3/teams/{teamId}/conversations", GetChannels);
        _app.MapGet("/v3/teams/{teamId}", (string teamId) => Results.Json(new { id = teamId, name = "Team", aadGroupId = GroupIdOf(teamId) }));
        _app.MapPut("/upload/{name}", (Delegate)((HttpContext c) => RecordFileAsync(c, Results.Json(new { id = "onedrive-item" }, statusCode: 201))));
        _app.MapGet("/graph/{**rest}", (Delegate)((HttpContext c) => RecordFileAsync(c, GraphAnswer(c))));
        _app.MapPut("/graph/{**rest}", (Delegate)((HttpContext c) => RecordFileAsync(c, GraphAnswer(c))));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ServiceUrl = address.TrimEnd('/') + "/";
    }

    private async Task CountInFlightAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    // Records the call; a scripted failure, if any, is the answer instead of the route's own.
    private IResult? Record(HttpContext context, string path, string? conversationId, string? activityId = null, JsonNode? body = null, string raw = "")
    {
        var call = new ConnectorCall(context.Request.Method, path, conversationId, activityId, body, raw, _time.GetUtcNow());
        _calls.Enqueue(call);
        return Script.AnswerFor(call, context);
    }

    private async Task<IResult> CreateConversationAsync(HttpContext context)
    {
        var (raw, body) = await ReadAsync(context);
        if (Record(context, context.Request.Path, null, null, body, raw) is { } scripted) return scripted;
        var memberId = body?["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
        return Results.Json(new { id = "a:personal-" + memberId, activityId = NextId() });
    }

    private async Task<IResult> PostActivityAsync(HttpContext context, string conversationId, string? activityId)
    {
        var (raw, body) = await ReadAsync(context);
        if (Record(context, context.Request.Path, conversationId, activityId, body, raw) is { } scripted) return scripted;
        if (PostsHang is { } hang)
        {
            Interlocked.Increment(ref _hangingPosts);
            await HangAsync(hang, context);
            Interlocked.Decrement(ref _hangingPosts);
        }
        if (_failing.ContainsKey(conversationId.Split(';')[0])) return Results.Json(new { error = new { code = "ServiceError", message = "down" } }, statusCode: 500);
        return Results.Json(new { id = context.Request.Method == "PUT" ? activityId : NextId() });
    }

    /// <summary>While set, posts and updates get no answer until it completes (or the caller gives up): a connector that hangs.</summary>
    public TaskCompletionSource? PostsHang { get; set; }

    /// <summary>How many posts are waiting on <see cref="PostsHang"/> now.</summary>
    public int HangingPosts => Volatile.Read(ref _hangingPosts);

    private int _hangingPosts;

    /// <summary>While set, member lookups get no answer until it completes (or the caller gives up): a connector that hangs.</summary>
    public TaskCompletionSource? MemberLookupsHang { get; set; }

    // Until the test lets go, or the caller gives up (its request aborted): no answer either way.
    private static Task HangAsync(TaskCompletionSource hang, HttpContext context) =>
        hang.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);

    private async Task<IResult> GetMember(HttpContext context, string conversationId, string userId)
    {
        if (Record(context, context.Request.Path, conversationId) is { } scripted) return scripted;
        if (MemberLookupsHang is { } hang) await HangAsync(hang, context);
        var member = RosterOf(conversationId).FirstOrDefault(m => m.Id == userId);
        return member is null
            ? Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "not found" } }, statusCode: 404)
            : Results.Json(ToJson(member));
    }

    private IResult GetPagedMembers(HttpContext context, string conversationId, string? continuationToken)
    {
        if (Record(context, context.Request.Path + context.Request.QueryString, conversationId) is { } scripted) return scripted;
        var roster = RosterOf(conversationId);
        var start = int.TryParse(continuationToken, out var s) ? s : 0;
        var page = roster.Skip(start).Take(PageSize).Select(ToJson).ToArray();
        var next = start + PageSize < roster.Count ? (start + PageSize).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Results.Json(new { continuationToken = next, members = page });
    }

    // Teams lists the General channel with the team's own id and no name.
    private IResult GetChannels(HttpContext context, string teamId)
    {
        if (Record(context, context.Request.Path, teamId) is { } scripted) return scripted;
        return Results.Json(new { conversations = new object[] { new { id = teamId }, new { id = teamId + "-cutover", name = "Cutover" } } });
    }

    private async Task<IResult> RecordFileAsync(HttpContext context, IResult answer)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        _files.Enqueue(new FakeHttpCall(context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.ContentRange.ToString(), body.ToArray()));
        return answer;
    }

    // GET .../filesFolder gives the channel's folder in its drive; PUT .../drives/{d}/items/{folder}:/{name}:/content stores a file.
    private IResult GraphAnswer(HttpContext context)
    {
        if (GraphFailure is { } status) return Results.Json(new { error = new { code = "accessDenied", message = "Either scp or roles claim need to be present" } }, statusCode: status);
        var path = context.Request.Path.Value ?? "";
        if (context.Request.Method == "GET" && path.EndsWith("/filesFolder", StringComparison.Ordinal))
            return Results.Json(new { id = "folder-general", name = "General", parentReference = new { driveId = "drive-practice" } });
        var name = path.Split(":/").ElementAtOrDefault(1)?.TrimEnd(':') ?? "file";
        return Results.Json(new { id = "item-" + name, name, webUrl = "https://example.sharepoint.com/sites/practice/Shared%20Documents/General/" + name }, statusCode: 201);
    }

    private IReadOnlyList<FakeMember> RosterOf(string conversationId) =>
        _rosters.TryGetValue(conversationId.Split(';')[0], out var roster) ? roster : [];

    private static object ToJson(FakeMember m) => new
    {
        id = m.Id,
        name = m.Name,
        aadObjectId = m.AadObjectId ?? "aad-" + m.Id,
        userRole = m.UserRole,
        tenantId = TeamsActivities.TenantId,
    };

    private static async Task<(string Raw, JsonNode? Body)> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var raw = await reader.ReadToEndAsync();
        return (raw, string.IsNullOrWhiteSpace(raw) ? null : JsonNode.Parse(raw));
    }

    private string NextId() => "activity-" + Interlocked.Increment(ref _nextId);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
