using System.Net;
using CutoverBot.Core.Storage;
using CutoverBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CutoverBot.Tests.Operations;

public sealed class HealthzTests
{
    [Fact]
    public async Task Healthz_DatabaseReadable_Answers200Ok()
    {
        await using var factory = new BotFactory(TempDatabase(), TimeProvider.System, new LogCapture());

        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_DatabaseClosed_Answers503WithAShortReasonAndLogsIt()
    {
        var path = TempDatabase();
        var logs = new LogCapture();
        await using var factory = new BotFactory(path, TimeProvider.System, logs);
        var client = factory.CreateClient();

        factory.Services.GetRequiredService<CutoverDatabase>().Dispose();
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("database unavailable", body);
        Assert.DoesNotContain(Path.GetFileName(path), body);
        Assert.Contains(logs.Lines, l => l.Contains("Health check: the database could not be read", StringComparison.Ordinal));
    }

    private static string TempDatabase() => Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
}
