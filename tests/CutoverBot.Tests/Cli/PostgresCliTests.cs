using CutoverBot.Cli;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Tests.Cli;

/// <summary>
/// export, audit and rotate-key as an IT lead runs them against the shared server: their own processes, the bot's
/// settings from the environment (Storage__Provider=PostgreSql, no --database), on a practice migrate-storage copied.
/// </summary>
public sealed class PostgresCliTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly SeededDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ExportThenAudit_OnPostgreSql_ExportReadsTheCopiedPracticeAndAuditListsTheExport()
    {
        var environment = await Migrated();
        var csv = Path.Combine(_db.Folder, "riverside.csv");
        File.Delete(_db.Path);

        var export = await CliProcess.RunAsync(_db.Folder, ["export", "--practice", "F81001", "--format", "csv", "--out", csv], environment);
        var audit = await CliProcess.RunAsync(_db.Folder, ["audit", "--practice", "Riverside Surgery"], environment);

        Assert.Equal(CliExitCodes.Ok, export.Code);
        Assert.Contains("Exported 2 entries for Riverside Surgery", export.Stderr, StringComparison.Ordinal);
        Assert.Contains("Margaret Evans", File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Equal(CliExitCodes.Ok, audit.Code);
        var exported = Assert.Single(audit.Stdout.Split('\n'), l => l.Contains("cli export", StringComparison.Ordinal));
        Assert.Contains(csv, exported, StringComparison.Ordinal);
        Assert.Contains("CALL-0001", exported, StringComparison.Ordinal);
        Assert.False(File.Exists(AuditJournal.PathFor(_db.Path)));
    }

    [Fact]
    public async Task Export_OnPostgreSqlServerUnreachable_ExitsAsCheckStorageDoesAndExportsNothing()
    {
        var environment = await Migrated();
        environment["Storage__ConnectionString"] = "Host=127.0.0.1;Port=1;Database=cutover;Username=bot;Password=secret-91;Timeout=2";

        var (code, stdout, stderr) = await CliProcess.RunAsync(_db.Folder, ["export", "--practice", "F81001", "--format", "csv"], environment);

        Assert.Equal(CliExitCodes.StorageUnreachable, code);
        Assert.Contains("Nothing was exported.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-91", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task RotateKey_OnPostgreSql_ReSealsTheCopiedEntriesSoTheNewKeyAloneReadsThem()
    {
        var environment = await Migrated();
        var newKey = DataKey.Generate();
        environment["Storage__PreviousKeys__0"] = environment["Storage__EncryptionKey"];
        environment["Storage__EncryptionKey"] = newKey.ToBase64();

        var (code, _, stderr) = await CliProcess.RunAsync(_db.Folder, ["rotate-key"], environment);

        Assert.Equal(CliExitCodes.Ok, code);
        Assert.Contains("3 entries re-encrypted from an older key", stderr, StringComparison.Ordinal);
        using var db = new PostgresDatabase(environment["Storage__ConnectionString"], new KeyRing(newKey));
        Assert.Equal("Margaret Evans", new PostgresEntryStore(db).FindByNhsNumber(SeededDatabase.RiversideId, "9434765919").Single().Patient.Name);
    }

    // The seeded file copied into a database of its own; the settings a bot on that server has.
    private async Task<Dictionary<string, string>> Migrated()
    {
        var target = database.Another();
        var code = await CliRunner.TryRunAsync(["migrate-storage", "--to", "postgresql", "--database", _db.Path, "--connection", target], TextWriter.Null, TextWriter.Null);
        Assert.Equal(CliExitCodes.Ok, code);
        return new()
        {
            ["Storage__Provider"] = "PostgreSql",
            ["Storage__ConnectionString"] = target,
            ["Storage__EncryptionKey"] = KeyFile.Read(KeyFile.PathFor(_db.Path))!.ToBase64(),
        };
    }
}
