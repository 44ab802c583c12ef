using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>
/// The real web host on its own LiteDB file, with a fake clock and every log line captured. Disposing it fails when
/// any line the host logged holds a patient value the suite typed (<see cref="PatientValues"/>).
/// </summary>
public sealed class BotFactory(string databasePath, TimeProvider time, LogCapture logs, string environment = "Development", string? appId = "", string? appPassword = "",
    IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>A random database key for this test run; pass Storage:EncryptionKey = "" in settings to start without one.</summary>
    public static readonly string TestEncryptionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appPassword,
            ["Storage:EncryptionKey"] = TestEncryptionKey,
            ["Logging:LogLevel:Default"] = "Information",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()));
        // Whatever the levels configured, the capture sees everything the bot's own code writes.
        builder.ConfigureLogging(logging => logging.AddProvider(logs).AddFilter<LogCapture>("CutoverBot", LogLevel.Trace));
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton(time);
            services?.Invoke(s);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        logs.AssertNoLeaks();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) logs.AssertNoLeaks();
    }
}
