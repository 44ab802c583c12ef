using CutoverBot.Cli;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using CutoverBot.Tests.Cli;

namespace CutoverBot.Tests.Security;

/// <summary>audit --practice on the command line, and the record every command-line export leaves first.</summary>
public sealed class AuditCliTests : IDisposable
{
    private readonly SeededDatabase _db = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public AuditCliTests()
    {
        using var database = new CutoverDatabase(_db.Path);
        var audit = new AuditStore(database);
        // 1 July is summer time: 12:05 UTC is 13:05 in London.
        audit.Add(new AuditRecord
        {
            PracticeId = SeededDatabase.RiversideId, Action = AuditAction.Viewed, UserId = "29:alice", UserName = "Alice Reception",
            At = new DateTimeOffset(2026, 7, 1, 12, 5, 0, TimeSpan.Zero), Surface = "my entries", References = ["CALL-0001", "REG-0001"], Count = 2,
        });
        audit.Add(new AuditRecord { PracticeId = SeededDatabase.HillsideId, Action = AuditAction.Viewed, UserId = "29:hilda", At = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero) });
    }

    public void Dispose() => _db.Dispose();

    private Task<int?> Run(params string[] args) => CliRunner.TryRunAsync([.. args, "--database", _db.Path], _out, _err);

    private string[] Lines => _out.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Audit_Practice_WritesItsTrailAsCsvInLondonTimeAndNoPatientValues()
    {
        var code = await Run("audit", "--practice", "F81001");

        Assert.Equal(0, code);
        Assert.Equal(AuditCsvWriter.Header, Lines[0]);
        Assert.Equal("01/07/2026 13:05:00,viewed,29:alice,Alice Reception,19:riverside@thread.tacv2,,2,CALL-0001 REG-0001,my entries,", Lines[1]);
        Assert.Equal(2, Lines.Length);
        Assert.DoesNotContain("29:hilda", _out.ToString());
        Assert.DoesNotContain("Margaret", _out.ToString());
        Assert.Contains("Exported 1 audit records for Riverside Surgery", _err.ToString());
    }

    [Fact]
    public async Task Export_ThenAudit_TheExportIsInTheTrailWithWhoAndHowMany()
    {
        Assert.Equal(0, await Run("export", "--practice", "F81001", "--format", "csv"));
        _out.GetStringBuilder().Clear();

        Assert.Equal(0, await Run("audit", "--practice", "Riverside Surgery"));

        var export = Assert.Single(Lines, l => l.Contains(",exported,", StringComparison.Ordinal));
        Assert.Contains($"os:{Environment.UserName}", export);
        Assert.Contains(",2,CALL-0001 REG-0001,cli export,file: standard output", export);
    }

    [Fact]
    public async Task Export_AuditJournalCannotBeWritten_NothingExported()
    {
        Directory.CreateDirectory(AuditJournal.PathFor(_db.Path));

        var code = await Run("export", "--practice", "F81001", "--format", "csv");

        Assert.Equal(1, code);
        Assert.Equal("", _out.ToString());
        Assert.Contains("Nothing was exported", _err.ToString());
    }

    [Fact]
    public async Task Audit_WithOutFile_WritesTheFileAndLeavesTheDatabaseByteForByte()
    {
        var before = File.ReadAllBytes(_db.Path);
        var file = Path.Combine(_db.Folder, "audit.csv");

        Assert.Equal(0, await Run("audit", "-p", SeededDatabase.RiversideId, "--out", file));

        Assert.Equal("", _out.ToString());
        Assert.Equal(AuditCsvWriter.Header, File.ReadAllLines(file)[0].TrimStart('\uFEFF'));
        Assert.Equal(before, File.ReadAllBytes(_db.Path));
    }

    [Theory]
    [InlineData(3, "--practice", "Nowhere Surgery")]
    [InlineData(2)]
    [InlineData(2, "--practice")]
    [InlineData(2, "--practice", "F81001", "--format", "csv")]
    public async Task Audit_UnknownPracticeOrBadArguments_ExitCodeAndMessage(int expected, params string[] args)
    {
        Assert.Equal(expected, await Run(["audit", .. args]));
        Assert.Equal("", _out.ToString());
        Assert.NotEqual("", _err.ToString());
    }

    [Fact]
    public async Task Audit_DatabaseOpenByTheBot_Exits4()
    {
        using var held = new CutoverDatabase(_db.Path);

        Assert.Equal(4, await Run("audit", "--practice", "F81001"));
    }
}
