using System.Security.Cryptography;

namespace CutoverBot.Tests.Cli;

/// <summary>check-backup, as the backup script runs it after each copy: a backup is only a backup if its key opens it.</summary>
public sealed class CheckBackupTests : IDisposable
{
    private readonly SeededDatabase _db = new();
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("cutoverbot-backup-").FullName;

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_elsewhere, recursive: true);
    }

    [Fact]
    public async Task CheckBackup_CopyWithItsKey_SaysReadableWithCountsAndLeavesTheFileAsItWas()
    {
        var before = await File.ReadAllBytesAsync(_db.Path);

        var (code, _, stderr) = await CliProcess.RunAsync(_db.Folder, ["check-backup", "--database", _db.Path], new Dictionary<string, string>());

        Assert.True(code == 0, stderr);
        Assert.Contains("is readable with the configured keys: 2 practices, 3 entries", stderr, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(_db.Path));
    }

    [Fact]
    public async Task CheckBackup_AnotherKey_Exits5SayingItCannotBeRestored()
    {
        var copy = Path.Combine(_elsewhere, "cutover-2026-03-10.db");
        File.Copy(_db.Path, copy);

        var (code, _, stderr) = await CliProcess.RunAsync(_elsewhere, ["check-backup", "--database", copy],
            new Dictionary<string, string> { ["Storage__EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });

        Assert.Equal(5, code);
        Assert.Contains("cannot be restored with these keys", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckBackup_NotADatabase_Exits2()
    {
        var junk = Path.Combine(_elsewhere, "notes.db");
        await File.WriteAllTextAsync(junk, "not a database");

        var (code, _, stderr) = await CliProcess.RunAsync(_elsewhere, ["check-backup", "--database", junk], new Dictionary<string, string>());

        Assert.Equal(2, code);
        Assert.Contains("is not a CutoverBot database", stderr, StringComparison.Ordinal);
    }
}
