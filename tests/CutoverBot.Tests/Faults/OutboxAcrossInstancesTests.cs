using System.Net;
using System.Text;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Delivery;
using CutoverBot.Delivery.PostgreSql;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Faults;

/// <summary>
/// Two bot hosts sharing one PostgreSQL outbox (each its own pool, as two instances have): a reply one of them had to
/// queue while the Bot Connector was down goes out once from the other after the first has stopped.
/// </summary>
public sealed class OutboxAcrossInstancesTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 9, 30, 0, TimeSpan.Zero));
    private readonly FakeConnector _connector = new();
    private readonly List<string> _files = [];
    private readonly List<PostgresDatabase> _pools = [];
    private readonly List<BotFactory> _hosts = [];

    public Task InitializeAsync() => _connector.StartAsync();

    [Fact]
    public async Task Reply_QueuedByAnInstanceThatStops_DeliveredOnceByTheOther()
    {
        var helen = new FakeMember("29:two-instances-helen", "Helen Ward");
        var conversation = "a:chat-with-" + helen.Id;
        var (stopping, alive) = (Host(), Host());
        using var stoppingClient = stopping.CreateClient();
        using var aliveClient = alive.CreateClient();
        _connector.Script.Rule = call => call.IsNewPost && call.ConversationId == conversation ? new ScriptedReply(503) : null;

        var response = await DriveAsync(PostAsync(stoppingClient, TeamsActivities.PersonalMessage(_connector.ServiceUrl, helen, "help").ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outbox = alive.Services.GetRequiredService<IOutboxStore>();
        Assert.Equal(1, outbox.Count);
        await stopping.DisposeAsync();
        var back = _connector.Calls.Count;
        _connector.Script.Rule = null;

        // The other instance's deliverer was never told of the row: it finds it at its next look, within half a minute.
        var stopped = _time.GetUtcNow();
        for (var i = 0; i < 120 && outbox.Count > 0; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(20);
        }

        Assert.Equal(0, outbox.Count);
        Assert.InRange(_time.GetUtcNow() - stopped, TimeSpan.Zero, TimeSpan.FromSeconds(40));
        Assert.Single(_connector.Calls.Skip(back), c => c.IsNewPost && c.ConversationId == conversation);
    }

    private BotFactory Host()
    {
        var path = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
        _files.Add(path);
        var pool = new PostgresDatabase(database.ConnectionString, KeyRing.Ephemeral);
        _pools.Add(pool);
        var host = new BotFactory(path, _time, new LogCapture(), settings: new Dictionary<string, string?>
        {
            ["Outbox:TurnSendBudget"] = "00:00:01",
            ["Scheduler:Enabled"] = "false",
        }, services: s =>
        {
            s.RemoveAll<IOutboxStore>();
            s.AddSingleton<IOutboxStore>(_ => new PostgresOutboxStore(pool, _time));
        });
        _hosts.Add(host);
        return host;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body) =>
        await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    // The turn's retries and budget wait on the fake clock: move it on while the turn runs.
    private async Task<T> DriveAsync<T>(Task<T> work)
    {
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(10));
            if (!work.IsCompleted) _time.Advance(TimeSpan.FromMilliseconds(100));
        }
        return await work;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        await _connector.DisposeAsync();
        foreach (var pool in _pools) pool.Dispose();
        foreach (var file in _files.Where(File.Exists)) File.Delete(file);
    }
}
