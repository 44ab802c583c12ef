using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CutoverBot.Tests.Infrastructure;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Security;

/// <summary>
/// The real host as it runs for a practice (Production, MicrosoftAppId and password set), with the SDK's channel
/// token settings pointed at a local <see cref="AuthenticationIssuer"/>.
/// </summary>
public sealed class AuthenticationFixture : IAsyncLifetime
{
    public const string AppId = "5d3c9e1a-7b2f-4c1d-9e8a-0a1b2c3d4e5f";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");

    public AuthenticationIssuer Issuer { get; } = new();

    public FakeConnector Connector { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 10, 9, 30, 0, TimeSpan.Zero));

    public LogCapture Logs { get; } = new();

    public BotFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string ServiceUrl => Connector.ServiceUrl;

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        await Issuer.StartAsync();
        await Connector.StartAsync();
        // The SDK's setting names (ConfigurationBotFrameworkAuthentication). Setting any of them switches it from its
        // built-in public cloud values to these, so all of them are given.
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["ToBotFromChannelOpenIdMetadataUrl"] = Issuer.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = AuthenticationIssuer.ChannelIssuer,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = Issuer.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = "https://login.invalid/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            // Only for user sign-in (OAuth cards), which the bot does not use; the SDK still wants an address.
            ["OAuthUrl"] = "https://token.invalid",
            ["Scheduler:Enabled"] = "false",
        };
        Factory = new BotFactory(_databasePath, Time, Logs, environment: "Production", appId: AppId, appPassword: "not-a-real-secret",
            settings: settings,
            services: s => s.AddSingleton<ServiceClientCredentialsFactory>(sp => new AuthenticationCredentials(sp.GetRequiredService<IConfiguration>())));
        Client = Factory.CreateClient();
    }

    public string ValidToken() => Issuer.Token(AppId, ServiceUrl);

    public async Task<HttpResponseMessage> SendAsync(JsonNode activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
        try
        {
            File.Delete(_databasePath);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless.
        }
    }
}
