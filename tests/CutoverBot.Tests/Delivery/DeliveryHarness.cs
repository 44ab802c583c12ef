using CutoverBot.Bot;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using CutoverBot.Delivery;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Scheduling;
using CutoverBot.Timing;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Delivery;

/// <summary>
/// The real proactive sender (anonymous bot, as in Development) against a <see cref="FakeConnector"/> on fake time. Its
/// logs are kept, and disposing fails when a line holds a patient value the suite typed, as the host's do.
/// </summary>
public sealed class DeliveryHarness : IAsyncDisposable
{
    public const string TenantId = "tenant-nhsmail";
    public static readonly DateTimeOffset Start = new(2027, 1, 11, 7, 59, 0, TimeSpan.Zero);

    private readonly ServiceProvider _http;

    private DeliveryHarness(FakeConnector connector, FakeTimeProvider time, DeliveryOptions options)
    {
        Connector = connector;
        Time = time;
        Clock = new DelayClock(time);
        Driver = new FakeClockDriver(time, Clock, () => connector.InFlight);
        Database = new CutoverDatabase(":memory:");
        Practices = new PracticeStore(Database);
        _http = OnTheWireHandler.AddToDefaultClient(new ServiceCollection().AddHttpClient()).BuildServiceProvider();
        // As the host wires it: the SDK's authentication with one shared JSON contract resolver.
        var auth = new SharedResolverBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build(), httpClientFactory: _http.GetRequiredService<IHttpClientFactory>()));
        var configuration = new ConfigurationBuilder().Build();
        var wrapped = Options.Create(options);
        Limiter = new DeliveryLimiter(Clock, wrapped);
        var retrying = new RetryingConnector(
            new ProactiveConnector(auth, configuration, Logs.Factory), Limiter, Clock, wrapped, Logs.For<RetryingConnector>());
        Sender = new ProactiveSender(retrying, Practices, Logs.For<ProactiveSender>());
    }

    public FakeConnector Connector { get; }
    public LogCapture Logs { get; } = new();
    public FakeTimeProvider Time { get; }
    public DelayClock Clock { get; }
    public FakeClockDriver Driver { get; }
    public CutoverDatabase Database { get; }
    public PracticeStore Practices { get; }
    public DeliveryLimiter Limiter { get; }
    public IProactiveSender Sender { get; }

    public static async Task<DeliveryHarness> StartAsync(DeliveryOptions? options = null)
    {
        var time = new FakeTimeProvider(Start);
        var connector = new FakeConnector(time);
        await connector.StartAsync();
        return new DeliveryHarness(connector, time, options ?? new DeliveryOptions());
    }

    public Practice AddPractice(string id = "19:team-a@thread.tacv2", string? managerUserId = null)
    {
        var practice = new Practice
        {
            Id = id, Name = "Practice " + id, TenantId = TenantId, ServiceUrl = Connector.ServiceUrl,
            ChannelId = id, ManagerUserId = managerUserId, FdpDate = new DateOnly(2027, 2, 1), GoLiveDate = new DateOnly(2027, 2, 8),
        };
        Practices.Upsert(practice);
        return practice;
    }

    public static string Card(string text) =>
        $$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"{{text}}"}]}""";

    public Task<SendResult> SendAsync(Practice practice, string? recipient = null, string text = "today") =>
        Driver.RunAsync(Sender.SendCardAsync(practice, recipient, Card(text), CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        await _http.DisposeAsync();
        Database.Dispose();
        Logs.AssertNoLeaks();
    }
}
