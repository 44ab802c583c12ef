using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>The bot with Microsoft Graph configured against the fake connector's Graph stand-in, without signing in.</summary>
public sealed class GraphBotFixture : BotFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Graph:TenantId"] = "3f2c1a9e-0000-4000-8000-000000000001",
        ["Graph:ClientId"] = "3f2c1a9e-0000-4000-8000-000000000002",
        ["Graph:ClientSecret"] = "not-a-real-secret",
        ["Graph:BaseUrl"] = Connector.GraphBaseUrl,
    };

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IAuthenticationProvider>(new AnonymousAuthenticationProvider());
}
