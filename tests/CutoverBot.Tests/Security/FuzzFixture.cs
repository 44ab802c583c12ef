using CutoverBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CutoverBot.Tests.Security;

/// <summary>The real host, as every integration test gets it, with a second logger that keeps levels and exceptions.</summary>
public sealed class FuzzFixture : BotFixture
{
    internal FuzzLogProbe Probe { get; } = new();

    // Ten thousand turns written to the console, and four HttpClient lines for each call to the connector, would cost more
    // time than the turns themselves. The bot's own logs, and every warning and error, still reach the probe and the capture.
    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Logging:Console:LogLevel:Default"] = "None",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Probe);
}
