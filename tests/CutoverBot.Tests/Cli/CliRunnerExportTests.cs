using System.Diagnostics;
using CutoverBot.Cli;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;

namespace CutoverBot.Tests.Cli;

public sealed class CliRunnerExportTests : IDisposable
{
    private readonly SeededDatabase _db = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose() => _db.Dispose();

    private Task<int?> Run(params string[] args) => CliRunner.TryRunAsync([.. args, "--database", _db.Path], _out, _err);

    private string[] CsvLines => _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Theory]
    [InlineData("F81001")]
    [InlineData("f81001")]
    [InlineData("Riverside Surgery")]
    [InlineData("riverside surgery")]
    [InlineData(SeededDatabase.RiversideId)]
    public async Task Export_PracticeByOdsCodeNameOrTeamId_WritesOnlyThatPracticesEntriesToStdout(string practice)
    {
        var code = await Run("export", "--practice", practice, "--format", "csv");

        Assert.Equal(0, code);
        var lines = CsvLines;
        Assert.Equal("reference,category,patient_name,date_of_birth,nhs_number,occurred_on,details,logged_by,logged_at,status,reentered_by,reentered_at", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("CALL-0001,", lines[1]);
        Assert.Contains("Margaret Evans", lines[1]);
        Assert.Contains("9434765919", lines[1]);
        Assert.StartsWith("REG-0001,", lines[2]);
        Assert.DoesNotContain("Sarah Jones", _out.ToString());
        Assert.Contains("Exported 2 entries for Riverside Surgery", _err.ToString());
    }

    [Fact]
    public async Task Export_WithOutFile_WritesCsvToFileAndNothingToStdout()
    {
        var file = Path.Combine(_db.Folder, "riverside.csv");

        var code = await Run("export", "--practice", "F81001", "--format", "csv", "--out", file);

        Assert.Equal(0, code);
        Assert.Equal("", _out.ToString());
        var lines = File.ReadAllLines(file);
        Assert.Equal(EntryCsvWriter.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain(lines, l => l.Contains("Sarah Jones"));
        Assert.Empty(Directory.GetFiles(_db.Folder, "*.tmp"));
    }

    [Fact]
    public async Task Export_DatabaseFile_LeftByteForByteAsItWas()
    {
        var before = File.ReadAllBytes(_db.Path);

        var code = await Run("export", "--practice", "F81001", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(before, File.ReadAllBytes(_db.Path));
    }

    [Fact]
    public async Task Export_FileThatIsNotADatabase_RefusedAndLeftUntouched()
    {
        var notes = Path.Combine(_db.Folder, "notes.txt");
        var text = string.Concat(Enumerable.Repeat("Margaret Evans rang about her bloods\n", 400));
        File.WriteAllText(notes, text);

        var code = await CliRunner.TryRunAsync(["export", "--practice", "F81001", "--format", "csv", "--database", notes], _out, _err);

        Assert.Equal(2, code);
        Assert.Equal(text, File.ReadAllText(notes));
        Assert.Contains("is not a CutoverBot database", _err.ToString());
        Assert.Equal("", _out.ToString());
    }

    [Fact]
    public async Task Export_UnknownPractice_Exits3AndListsKnownPracticesWithoutPatientData()
    {
        var code = await Run("export", "--practice", "Nowhere Surgery", "--format", "csv");

        Assert.Equal(3, code);
        Assert.Equal("", _out.ToString());
        var err = _err.ToString();
        Assert.Contains("No practice matches 'Nowhere Surgery'", err);
        Assert.Contains("Riverside Surgery", err);
        Assert.Contains("B82002", err);
        Assert.DoesNotContain("Margaret", err);
        Assert.DoesNotContain("9434765919", err);
    }

    [Fact]
    public async Task Export_DatabaseFileMissing_Exits3WithoutCreatingIt()
    {
        var missing = Path.Combine(_db.Folder, "nothing-here.db");

        var code = await CliRunner.TryRunAsync(["export", "--practice", "F81001", "--format", "csv", "--database", missing], _out, _err);

        Assert.Equal(3, code);
        Assert.Contains($"There is no database at {missing}", _err.ToString());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Export_DatabaseHeldOpenByAnotherLiteDatabase_Exits4QuicklyAndSaysSo()
    {
        // The running bot's single LiteDatabase; LiteDB's lock is per open file, so holding it here is what the bot does.
        using var bot = new CutoverDatabase(_db.Path);
        bot.Collection<object>("practices").Count();
        var clock = Stopwatch.StartNew();

        var code = await Run("export", "--practice", "F81001", "--format", "csv");

        Assert.Equal(4, code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains($"The database {_db.Path} is in use by the running bot.", _err.ToString());
        Assert.Contains("Stop the bot", _err.ToString());
        Assert.Equal("", _out.ToString());
    }
}
