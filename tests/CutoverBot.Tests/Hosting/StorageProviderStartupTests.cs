using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Postgres;
using Microsoft.Extensions.Options;

namespace CutoverBot.Tests.Hosting;

/// <summary>
/// Storage:Provider at start-up: a misspelt engine or a missing setting is named, a server problem is said plainly,
/// and on a good server the bot starts with nothing on disk.
/// </summary>
public sealed class StorageProviderStartupTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task Start_PostgreSqlOnAGoodServer_HealthyAndNoDatabaseFileMade()
    {
        var path = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
        await using var factory = new BotFactory(path, TimeProvider.System, new LogCapture(),
            settings: new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = database.ConnectionString });

        var health = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.False(File.Exists(path), "the bot made a LiteDB file although its data is on PostgreSQL");
    }

    [Fact]
    public void Start_PostgreSqlDatabaseMissing_SaysSoFirst()
    {
        var failures = StartFailures(new() { ["Storage:Provider"] = "postgresql", ["Storage:ConnectionString"] = PostgresServer.For(database.Name + "_gone") });

        Assert.Contains($"has no database named {database.Name}_gone", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_PostgreSqlWithoutConnectionString_NamesTheSetting()
    {
        var failures = StartFailures(new() { ["Storage:Provider"] = "PostgreSql" });

        Assert.Contains("Storage:Provider is PostgreSql but Storage:ConnectionString is empty", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ProviderMisspelt_NamesTheChoices()
    {
        var failures = StartFailures(new() { ["Storage:Provider"] = "Postgres" });

        Assert.Contains("Storage:Provider is \"Postgres\". Set it to LiteDb", failures, StringComparison.Ordinal);
    }

    private static string StartFailures(Dictionary<string, string?> settings)
    {
        var path = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
        using var factory = new BotFactory(path, TimeProvider.System, new LogCapture(), settings: settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is OptionsValidationException validation) return string.Join(" ", validation.Failures);
            if (e is AggregateException aggregate && aggregate.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault() is { } inner)
                return string.Join(" ", inner.Failures);
        }
        throw new Xunit.Sdk.XunitException("Start-up failed without a validation message: " + error);
    }
}
