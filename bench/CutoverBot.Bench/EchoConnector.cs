using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CutoverBot.Bench;

/// <summary>A Bot Connector that accepts every activity and answers with an id, as fast as Kestrel allows.</summary>
internal sealed class EchoConnector : IAsyncDisposable
{
    private WebApplication? _app;
    private long _posts;

    public string ServiceUrl { get; private set; } = "";

    public long Posts => Interlocked.Read(ref _posts);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpContext context) =>
        {
            // Read the body as the real connector would, so the bot's serialisation cost is the same.
            await context.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref _posts);
            return Results.Json(new { id = "1" });
        });
        await _app.StartAsync();
        ServiceUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
