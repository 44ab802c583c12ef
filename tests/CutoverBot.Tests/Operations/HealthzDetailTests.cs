using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Core.Status;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Manifest;

namespace CutoverBot.Tests.Operations;

/// <summary>/healthz/detail tells an upgrade check which release answers, and nothing a stranger could use.</summary>
public sealed class HealthzDetailTests
{
    [Fact]
    public async Task HealthzDetail_DatabaseReadable_AnswersOkWithTheReleaseOfDirectoryBuildProps()
    {
        await using var factory = new BotFactory(Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db"), TimeProvider.System, new LogCapture());

        var response = await factory.CreateClient().GetAsync("/healthz/detail");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("ok", body["status"]!.GetValue<string>());
        Assert.Equal(ReleaseVersion(), body["version"]!.GetValue<string>());
        Assert.Equal(BotVersion.Number, body["version"]!.GetValue<string>());
        Assert.Equal("ok", body["checks"]!["database"]!.GetValue<string>());
        Assert.Equal(["checks", "commit", "status", "version"], body.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Start_FirstLineOfTheBot_NamesVersionEnvironmentAndDatabase()
    {
        var logs = new LogCapture();
        var path = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
        await using var factory = new BotFactory(path, TimeProvider.System, logs);

        await factory.CreateClient().GetAsync("/healthz");

        Assert.Contains(logs.Lines, l => l.Contains($"CutoverBot {BotVersion.Text} starting in Development; database {path}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_OnPostgreSql_NamesTheServerDatabaseNotAFileNorThePassword()
    {
        var logs = new LogCapture();
        using var database = new CutoverBot.Tests.Postgres.PostgresTestDatabase();
        var server = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var factory = new BotFactory(Path.Combine(Path.GetTempPath(), "cutoverbot-tests", "unused.db"), TimeProvider.System, logs,
            settings: new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = database.ConnectionString });

        await factory.CreateClient().GetAsync("/healthz");

        var line = Assert.Single(logs.Lines, l => l.Contains($"CutoverBot {BotVersion.Text} starting in Development", StringComparison.Ordinal));
        Assert.Contains($"database PostgreSQL database {server.Database} on {server.Host}:{server.Port}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("unused.db", line, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password!, string.Join('\n', logs.Lines), StringComparison.Ordinal);
    }

    private static string ReleaseVersion() =>
        System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
}
