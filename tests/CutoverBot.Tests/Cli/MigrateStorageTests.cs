using CutoverBot.Cli;
using CutoverBot.Core.Storage;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Tests.Cli;

/// <summary>migrate-storage in process, from the seeded LiteDB file (and its development key file) into the real test server.</summary>
public sealed class MigrateStorageTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly SeededDatabase _db = new();
    private readonly StringWriter _err = new();

    public void Dispose() => _db.Dispose();

    private Task<int?> Run(params string[] args) => CliRunner.TryRunAsync(args, TextWriter.Null, _err);

    [Fact]
    public async Task MigrateStorage_ThenAgain_ReportsCopiedThenAlreadyThere()
    {
        var target = database.Another();

        var first = await Run("migrate-storage", "--to", "postgresql", "--database", _db.Path, "--connection", target);
        var second = await Run("migrate-storage", "--to", "PostgreSQL", "--database", _db.Path, "--connection", target);

        Assert.Equal((CliExitCodes.Ok, CliExitCodes.Ok), (first, second));
        Assert.Contains("entries: 3 copied, 0 already there", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("entries: 0 copied, 3 already there", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateStorage_WhileTheBotHoldsTheFile_Exits4()
    {
        using var bot = new CutoverDatabase(_db.Path);
        bot.Collection<object>("practices").Count();

        var code = await Run("migrate-storage", "--to", "postgresql", "--database", _db.Path, "--connection", database.Another());

        Assert.Equal(CliExitCodes.DatabaseBusy, code);
        Assert.Contains("stop it first", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateStorage_WithoutTo_Exits2WithItsUsage()
    {
        var code = await Run("migrate-storage", "--database", _db.Path);

        Assert.Equal(CliExitCodes.BadUsage, code);
        Assert.Contains("--to postgresql is required", _err.ToString(), StringComparison.Ordinal);
    }
}
