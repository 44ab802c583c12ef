namespace CutoverBot.Bench.Tests;

public sealed class EngineOptionTests
{
    [Fact]
    public void Parse_EnginePostgresql_RunsPostgresBesideLiteDbOnTheTestCluster()
    {
        var options = BenchOptions.Parse(["--quick", "--engine", "postgresql", "--scales", "1000"]);

        Assert.True(options.OnPostgres);
        Assert.Null(options.Postgres);
        Assert.Equal([1_000], options.Scales);
        Assert.False(BenchOptions.Parse([]).OnPostgres);
    }

    [Fact]
    public void Parse_PostgresConnection_ImpliesPostgresqlAndKeepsTheConnection()
    {
        var options = BenchOptions.Parse(["--postgres", "Host=db;Username=bench"]);

        Assert.True(options.OnPostgres);
        Assert.Equal("Host=db;Username=bench", options.Postgres);
    }

    [Fact]
    public void Parse_UnknownEngine_IsRefusedByName()
    {
        var refused = Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--engine", "sqlite"]));

        Assert.Contains("sqlite", refused.Message, StringComparison.Ordinal);
    }
}
