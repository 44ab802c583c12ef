using CutoverBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CutoverBot.Tests.Operations;

public sealed class ConsoleLoggingTests
{
    [Fact]
    public async Task ConsoleLog_Production_IsJsonWithScopesInUtc()
    {
        await using var factory = new BotFactory(TempDatabase(), TimeProvider.System, new LogCapture(), environment: "Production",
            appId: "6f1c2d3e-0000-4000-8000-000000000001", appPassword: "not-a-real-secret");
        factory.CreateClient();

        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = factory.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
    }

    [Fact]
    public async Task ConsoleLog_Development_StaysReadableText()
    {
        await using var factory = new BotFactory(TempDatabase(), TimeProvider.System, new LogCapture());
        factory.CreateClient();

        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.NotEqual(ConsoleFormatterNames.Json, console.FormatterName);
    }

    private static string TempDatabase() => Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
}
