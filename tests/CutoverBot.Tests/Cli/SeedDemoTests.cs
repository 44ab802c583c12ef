using System.Text;
using CutoverBot.Cli;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Tests.Manifest;

namespace CutoverBot.Tests.Cli;

/// <summary>seed-demo as a newcomer runs it, as its own process, then export and audit on what it wrote.</summary>
public sealed class SeedDemoTests : IDisposable
{
    private static readonly Dictionary<string, string> Development = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_ENVIRONMENT"] = "Development", ["Storage__DatabasePath"] = "data/cutover.db",
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("cutoverbot-demo-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string DatabasePath => Path.Combine(_folder, "data", "cutover.db");

    [Fact]
    public async Task SeedDemo_OutsideDevelopment_Exits6AndWritesNoDatabase()
    {
        var (code, _, stderr) = await CliProcess.RunAsync(_folder, ["seed-demo"], new Dictionary<string, string> { ["Storage__DatabasePath"] = "data/cutover.db" });

        Assert.Equal(6, code);
        Assert.Contains("only runs in the Development environment (this is Production)", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task SeedDemo_Development_ExportListsDaysOfEntriesWithValidNhsNumbersAndAuditHasTheirTrail()
    {
        var (code, _, stderr) = await CliProcess.RunAsync(_folder, ["seed-demo"], Development);
        Assert.True(code == 0, stderr);
        Assert.Contains("DEMO DATA (made-up patients)", stderr, StringComparison.Ordinal);

        var (exportCode, csv, exportErr) = await CliProcess.RunAsync(_folder, ["export", "--practice", DemoPractice.OdsCode, "--format", "csv"], Development);

        Assert.True(exportCode == 0, exportErr);
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(EntryCsvWriter.Header, rows[0]);
        Assert.Equal(DemoPractice.Entries.Count, rows.Count - 1);
        var columns = EntryCsvWriter.Header.Split(',').ToList();
        var cells = rows.Skip(1).Select(Cells).ToList();
        var nhsNumbers = cells.Select(c => c[columns.IndexOf("nhs_number")]).Where(n => n.Length > 0).ToList();
        Assert.True(nhsNumbers.Count >= 4);
        Assert.All(nhsNumbers, n => Assert.True(NhsNumber.IsValid(n) && n.StartsWith("999", StringComparison.Ordinal), n));
        Assert.Equal(4, cells.Select(c => c[columns.IndexOf("logged_at")][..10]).Distinct().Count());
        var statuses = cells.Select(c => c[columns.IndexOf("status")]).ToHashSet();
        Assert.Equal(["not_needed", "pending", "reentered"], statuses.Order());

        var (auditCode, audit, auditErr) = await CliProcess.RunAsync(_folder, ["audit", "--practice", DemoPractice.OdsCode], Development);
        Assert.True(auditCode == 0, auditErr);
        Assert.Contains(",created,29:sam-jones,Sam Jones,", audit, StringComparison.Ordinal);
        Assert.Contains(",reentered,", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemo_Development_PracticeIsSetUpWithGoLiveYesterdayTicksAndSealedPatientDetails()
    {
        var (code, _, stderr) = await CliProcess.RunAsync(_folder, ["seed-demo"], Development);
        Assert.True(code == 0, stderr);

        Assert.DoesNotContain("Margaret Evans", Encoding.UTF8.GetString(await File.ReadAllBytesAsync(DatabasePath)), StringComparison.Ordinal);
        using var db = new CutoverDatabase(DatabasePath, new KeyRing(KeyFile.Read(KeyFile.PathFor(DatabasePath))!));
        var practice = new PracticeStore(db).Find(DemoPractice.TeamId)!;
        var today = LondonTime.Today(TimeProvider.System);
        Assert.Equal(today.AddDays(-1), practice.GoLiveDate);
        Assert.Equal(today.AddDays(-5), practice.FdpDate);
        Assert.Equal(DemoPractice.Helen.Id, practice.ManagerUserId);
        Assert.Equal(DemoPractice.OdsCode, practice.OdsCode);
        var ticks = new ChecklistTickStore(db, TimeProvider.System).ForPractice(DemoPractice.TeamId);
        Assert.True(ticks.Count > 30, $"{ticks.Count} ticks");
        Assert.All(DemoPractice.LeftUndone, id => Assert.False(ticks.ContainsKey(id), id));
        var entries = new EntryStore(db).ForPractice(DemoPractice.TeamId);
        Assert.Contains(entries, e => e.Patient.Name == "Margaret Evans" && e.Patient.DateOfBirth == new DateOnly(1948, 2, 14));
        Assert.Contains(entries, e => e.Ubrn == "123456789012");
    }

    [Fact]
    public async Task SeedDemo_RunTwice_SecondRefusesWithExit6AndAddsNothing()
    {
        await CliProcess.RunAsync(_folder, ["seed-demo"], Development);

        var (code, _, stderr) = await CliProcess.RunAsync(_folder, ["seed-demo"], Development);

        Assert.Equal(6, code);
        Assert.Contains("already holds the demo practice", stderr, StringComparison.Ordinal);
        using var db = new CutoverDatabase(DatabasePath, new KeyRing(KeyFile.Read(KeyFile.PathFor(DatabasePath))!));
        Assert.Equal(DemoPractice.Entries.Count, new EntryStore(db).ForPractice(DemoPractice.TeamId).Count);
    }

    // One CSV row into its cells: quoted cells may hold commas and doubled quotes.
    private static string[] Cells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted && c == '"' && i + 1 < row.Length && row[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    [Fact]
    public void DemoPractice_TeamTenantAndPeople_AreThePlaygroundsSoItOpensOntoTheDemo()
    {
        var yml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "playground", ".m365agentsplayground.yml"));

        Assert.Contains("tenantId: " + DemoPractice.TenantId, yml, StringComparison.Ordinal);
        Assert.Contains("  id: " + DemoPractice.TeamId, yml, StringComparison.Ordinal);
        Assert.Contains("  aadGroupId: " + DemoPractice.GroupId, yml, StringComparison.Ordinal);
        Assert.Contains("    - id: " + DemoPractice.CutoverChannelId, yml, StringComparison.Ordinal);
        Assert.Contains("  id: " + DemoPractice.HelenPersonalChat, yml, StringComparison.Ordinal);
        Assert.All(DemoPractice.People, p => Assert.Contains($"id: {p.Id}\n", yml.ReplaceLineEndings("\n"), StringComparison.Ordinal));
        Assert.All(DemoPractice.People, p => Assert.Contains("aadObjectId: " + p.AadObjectId, yml, StringComparison.Ordinal));
    }
}
