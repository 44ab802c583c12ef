using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;

namespace CutoverBot.Tests.Cli;

/// <summary>Runs the built CutoverBot as its own process, as a practice's IT lead would, with configuration from the environment.</summary>
public sealed class ExportProcessTests : IDisposable
{
    private readonly SeededDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Export_AsProcessWithDatabasePathFromEnvironment_StdoutIsOnlyTheCsv()
    {
        var (code, stdout, stderr) = await RunExportAsync("F81001");

        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(EntryCsvWriter.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.All(lines[1..], l => Assert.Matches("^(CALL|REG)-0001,", l));
        Assert.Contains("Exported 2 entries", stderr);
    }

    [Fact]
    public async Task Export_AsProcessWhileAnotherProcessHoldsTheDatabase_Exits4WithoutHanging()
    {
        using var bot = new CutoverDatabase(_db.Path);
        bot.Collection<object>("practices").Count();

        var (code, stdout, stderr) = await RunExportAsync("F81001");

        Assert.Equal(4, code);
        Assert.Equal("", stdout);
        Assert.Contains("is in use by the running bot", stderr);
    }

    // Storage__DatabasePath is relative, so this also checks it resolves against the current folder as the server's does.
    private Task<(int Code, string Stdout, string Stderr)> RunExportAsync(string practice) =>
        CliProcess.RunAsync(_db.Folder, ["export", "--practice", practice, "--format", "csv"],
            new Dictionary<string, string> { ["Storage__DatabasePath"] = Path.GetFileName(_db.Path) });
}
