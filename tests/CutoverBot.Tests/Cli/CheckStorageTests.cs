using CutoverBot.Cli;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Tests.Cli;

/// <summary>check-storage against the real test server: an exit code per problem, and the same message the start-up check gives.</summary>
public sealed class CheckStorageTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task CheckStorage_ServerReachable_CreatesTheSchemaAndExitsZero()
    {
        var messages = new StringWriter();

        var code = await CliRunner.TryRunAsync(["check-storage", "--connection", database.ConnectionString], TextWriter.Null, messages);

        Assert.Equal(0, code);
        Assert.Contains($"database {database.Name}: reached as postgres; schema version", messages.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckStorage_DatabaseMissing_ExitsNineNamingIt()
    {
        var messages = new StringWriter();

        var code = await CliRunner.TryRunAsync(["check-storage", "--connection", PostgresServer.For(database.Name + "_missing")], TextWriter.Null, messages);

        Assert.Equal(CliExitCodes.StorageMissingDatabase, code);
        Assert.Contains($"has no database named {database.Name}_missing", messages.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckStorage_NotAConnectionString_ExitsTwoWithoutQuotingIt()
    {
        var messages = new StringWriter();

        var code = await CliRunner.TryRunAsync(["check-storage", "--connection", "Host=x;Password=secret-77;Bogus Key=1"], TextWriter.Null, messages);

        Assert.Equal(CliExitCodes.BadUsage, code);
        Assert.Contains("is not a valid Npgsql connection string", messages.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-77", messages.ToString(), StringComparison.Ordinal);
    }
}
