using System.Diagnostics;
using CutoverBot.Tests.Manifest;

namespace CutoverBot.Tests.Hosting;

/// <summary>
/// deploy/backup-container.sh against a stand-in docker that records what it is asked (this machine has no Docker):
/// stop, copy, start again straight away, then check the copy opens; the bot is started again whatever fails.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BackupScriptTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cutoverbot-backupscript-").FullName;

    public BackupScriptTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "bin"));
        // Records each call; "cp" of the database writes a file, of the log file fails as when there is none.
        File.WriteAllText(FakeDocker, """
            #!/usr/bin/env bash
            echo "$*" >> "$FAKE_LOG"
            case "$1" in
              inspect) echo "cutoverbot:1.0.0" ;;
              cp) if [[ "$2" == *cutover-log.db ]]; then exit 1; fi
                  if [[ -n "${FAKE_CP_FAIL:-}" ]]; then exit 1; fi
                  echo "database" > "$3" ;;
              run) exit "${FAKE_CHECK:-0}" ;;
            esac
            """.ReplaceLineEndings("\n"));
        File.SetUnixFileMode(FakeDocker, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string FakeDocker => Path.Combine(_folder, "bin", "docker");

    private string Backups => Path.Combine(_folder, "backups");

    [Fact]
    public async Task Backup_Normal_StopsCopiesStartsAgainThenChecksTheCopyAndKeepsItOwnerOnly()
    {
        var (code, calls, stderr) = await RunAsync();

        Assert.True(code == 0, stderr);
        Assert.Equal(["inspect", "stop", "cp", "cp", "start", "run"], calls.Select(c => c.Split(' ')[0]));
        Assert.StartsWith("stop -t 30 cutoverbot", calls[1], StringComparison.Ordinal);
        Assert.StartsWith("cp cutoverbot:/data/cutover.db ", calls[2], StringComparison.Ordinal);
        Assert.Contains("--network none", calls[5], StringComparison.Ordinal);
        Assert.Contains("cutoverbot:1.0.0 CutoverBot.dll check-backup --database /backup/cutover-", calls[5], StringComparison.Ordinal);
        var copy = Assert.Single(Directory.GetFiles(Backups));
        Assert.Matches(@"cutover-\d{4}-\d{2}-\d{2}T\d{6}Z\.db$", copy);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(copy));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Backups));
    }

    [Fact]
    public async Task Backup_CopyFails_StartsTheBotAgainExitsNonZeroAndLeavesNoHalfFile()
    {
        var (code, calls, _) = await RunAsync(("FAKE_CP_FAIL", "1"));

        Assert.NotEqual(0, code);
        Assert.Equal("start cutoverbot", calls[^1]);
        Assert.Empty(Directory.GetFiles(Backups));
    }

    [Fact]
    public async Task Backup_CopyDoesNotOpenWithTheKey_Exits5SayingNotToRelyOnIt()
    {
        var (code, calls, stderr) = await RunAsync(("FAKE_CHECK", "5"));

        Assert.Equal(5, code);
        Assert.Contains("could NOT be opened with the bot's key", stderr, StringComparison.Ordinal);
        Assert.Contains("start cutoverbot", calls);
    }

    [Fact]
    public async Task Backup_OlderCopies_AreRemovedAfterKeepDaysAndNewerKept()
    {
        Directory.CreateDirectory(Backups);
        var old = Path.Combine(Backups, "cutover-2026-01-01T020000Z.db");
        var recent = Path.Combine(Backups, "cutover-2026-03-01T020000Z.db");
        File.WriteAllText(old, "old");
        File.WriteAllText(recent, "recent");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-40));
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddDays(-3));

        var (code, _, stderr) = await RunAsync(("KEEP_DAYS", "35"));

        Assert.True(code == 0, stderr);
        Assert.False(File.Exists(old));
        Assert.True(File.Exists(recent));
        Assert.Equal(2, Directory.GetFiles(Backups).Length);
    }

    private async Task<(int Code, List<string> Calls, string Stderr)> RunAsync(params (string Name, string Value)[] environment)
    {
        var log = Path.Combine(_folder, "calls.log");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "deploy", "backup-container.sh"));
        start.ArgumentList.Add("cutoverbot");
        start.ArgumentList.Add(Backups);
        start.Environment["PATH"] = Path.Combine(_folder, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_LOG"] = log;
        start.Environment["ENV_FILE"] = Path.Combine(_folder, "cutoverbot.env");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, File.Exists(log) ? [.. File.ReadAllLines(log)] : [], await stderr);
    }
}
