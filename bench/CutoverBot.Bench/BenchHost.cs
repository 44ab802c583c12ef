using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CutoverBot.Bench;

/// <summary>
/// The real bot host on a throwaway database. With <paramref name="sharedResolver"/> false the SDK's own
/// authentication goes back in, so each connector client builds its JSON contracts again, as stock 4.23.1 does.
/// </summary>
internal sealed class BenchHost(string databasePath, bool sharedResolver) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            ["MicrosoftAppId"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (!sharedResolver)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<BotFrameworkAuthentication>(sp =>
                new ConfigurationBotFrameworkAuthentication(
                    sp.GetRequiredService<IConfiguration>(),
                    httpClientFactory: sp.GetRequiredService<IHttpClientFactory>())));
        }
    }
}
