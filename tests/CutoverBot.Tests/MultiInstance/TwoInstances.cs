using System.Text.Json.Nodes;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.MultiInstance;

/// <summary>
/// Two copies of the bot on one PostgreSQL database behind one Bot Connector, as two instances behind a load balancer:
/// each its own process state (caches, locks, clocks' timers), only the database shared.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();
    private readonly LogCapture _logs = new();

    public FakeConnector Connector { get; } = new();

    /// <summary>Tuesday 10 March 2026, 09:30 in London (GMT).</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 10, 9, 30, 0, TimeSpan.Zero));

    public BotFactory First { get; private set; } = null!;

    public BotFactory Second { get; private set; } = null!;

    private readonly HttpClient?[] _clients = new HttpClient?[2];

    public string ServiceUrl => Connector.ServiceUrl;

    public async Task InitializeAsync()
    {
        await Connector.StartAsync();
        First = Start();
        Second = Start();
        _clients[0] = First.CreateClient();
        _clients[1] = Second.CreateClient();
    }

    private BotFactory Start() => new(Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db"), Time, _logs,
        settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = _database.ConnectionString,
            ["Scheduler:Enabled"] = "false",
            ["Throttling:Enabled"] = "false",
        });

    public T Service<T>(int instance = 0) where T : notnull => (instance == 0 ? First : Second).Services.GetRequiredService<T>();

    /// <summary>Posts to /api/messages of instance 0 or 1.</summary>
    public async Task<HttpResponseMessage> SendAsync(int instance, JsonNode activity)
    {
        var response = await _clients[instance]!.PostAsync("/api/messages",
            new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        _logs.AssertNoLeaks();
        return response;
    }

    /// <summary>Stops one instance, as a host taken out of the load balancer.</summary>
    public async Task StopAsync(int instance)
    {
        _clients[instance]?.Dispose();
        _clients[instance] = null;
        await (instance == 0 ? First : Second).DisposeAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients) client?.Dispose();
        try
        {
            // Disposing a factory twice (one stopped by a test) is harmless.
            await First.DisposeAsync();
            await Second.DisposeAsync();
        }
        finally
        {
            await Connector.DisposeAsync();
            _database.Dispose();
        }
    }
}
