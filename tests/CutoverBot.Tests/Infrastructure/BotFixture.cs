using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>One bot host, one fake connector and one temporary database per test class.</summary>
/// <remarks>Not sealed: <see cref="GraphBotFixture"/> is the same host with Microsoft Graph pointed at the fake connector.</remarks>
public class BotFixture : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");

    public FakeConnector Connector { get; } = new();

    /// <summary>Tuesday 10 March 2026, 09:30 in London (GMT).</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 10, 9, 30, 0, TimeSpan.Zero));

    public LogCapture Logs { get; } = new();

    public BotFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string ServiceUrl => Connector.ServiceUrl;

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        await Connector.StartAsync();
        Factory = new BotFactory(_databasePath, Time, Logs, settings: Settings(), services: ConfigureServices);
        Client = Factory.CreateClient();
    }

    /// <summary>
    /// Stops the host and starts a new one on the same database file and clock, as a restarted bot would; with
    /// <paramref name="at"/>, the clock moves there while the bot is down.
    /// </summary>
    public async Task RestartAsync(DateTimeOffset? at = null)
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        // Now and then the stopped host's LiteDB engine ends up disposed with its two file streams still open (seen
        // with the morning posts running): a real restart is a new process, whose old handles the OS closes. Their
        // finalizers do it here, or the new host would take the file for another copy of the bot's and refuse to start.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (at is { } later) Time.SetUtcNow(later);
        Factory = new BotFactory(_databasePath, Time, Logs, settings: Settings(), services: ConfigureServices);
        Client = Factory.CreateClient();
    }

    /// <summary>Extra configuration for the host; called once the fake connector has its address.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public Task<HttpResponseMessage> SendAsync(JsonNode activity) => PostRawAsync(activity.ToJsonString(), "application/json");

    /// <summary>Posts to /api/messages; fails the test at once if the turn logged a patient value.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await Client.PostAsync("/api/messages", content);
        Logs.AssertNoLeaks();
        return response;
    }

    /// <summary>Calls the bot made to the connector since <paramref name="before"/> calls had been recorded.</summary>
    public IReadOnlyList<ConnectorCall> CallsSince(int before) => Connector.Calls.Skip(before).ToList();

    /// <summary>Runs after the host has stopped: a fixture that made its own database drops it here.</summary>
    protected virtual Task OnDisposedAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Client.Dispose();
        try
        {
            // Fails the test class when anything the host logged held a patient value.
            await Factory.DisposeAsync();
        }
        finally
        {
            await Connector.DisposeAsync();
            try
            {
                File.Delete(_databasePath);
            }
            catch (IOException)
            {
                // A leftover temp file is harmless.
            }
            await OnDisposedAsync();
        }
    }
}
