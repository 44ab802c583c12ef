using System.Diagnostics;
using System.Text;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;
using Npgsql;

namespace CutoverBot.Core.Tests.Storage.PostgreSql;

/// <summary>
/// What an administrator with the server's backups can read: a pg_dump of the database holds no patient value a test
/// saved, neither as text nor inside the bytea documents (dumped as hex), as the LiteDB file scan finds none in the file.
/// </summary>
public sealed class PostgresDumpScanTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly string[] PatientValues =
        ["Violet Hayes", "Hayes", "9434765919", "943 476 5919", "1931-04-03", "03/04/1931", "112233445566", "dressing changed on left ankle"];

    [Fact]
    public void PgDump_AfterEntriesWithEveryPatientField_HoldsNoneOfTheirValues()
    {
        using (var db = new PostgresDatabase(database.ConnectionString, KeyRing.Ephemeral))
        {
            var entries = new PostgresEntryStore(db);
            var counters = new PostgresReferenceCounterStore(db);
            var audit = new PostgresAuditStore(db);
            for (var i = 0; i < 3; i++)
            {
                var entry = new Entry
                {
                    PracticeId = "T-riverside", Category = EntryCategory.Referral, AuthorId = "29:amy", AuthorName = "Amy Ross",
                    LoggedAt = new DateTimeOffset(2027, 3, 1, 9, i, 0, TimeSpan.Zero), Ubrn = "112233445566",
                    Patient = new PatientDetails { Name = "Violet Hayes", DateOfBirth = new DateOnly(1931, 4, 3), NhsNumber = "9434765919", Text = "dressing changed on left ankle" },
                };
                entries.InsertWith(entry, () => entry.Reference = counters.NextReference(entry.PracticeId, "REF"),
                    () => audit.Add(new AuditRecord { EntryId = entry.Id, PracticeId = entry.PracticeId, Reference = entry.Reference, Action = AuditAction.Created, At = entry.LoggedAt }));
            }
            Assert.Equal(3, entries.FindByNhsNumber("T-riverside", "9434765919").Count);
        }

        var dump = PgDump(database.ConnectionString);

        // The scan reads inside the documents: a value stored in plain there (the author's name) is found as hex.
        Assert.Contains(Hex("Amy Ross"), dump, StringComparison.Ordinal);
        var found = PatientValues.Where(v => dump.Contains(v, StringComparison.OrdinalIgnoreCase) || dump.Contains(Hex(v), StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 0, "The database dump holds patient values: " + string.Join(", ", found));
    }

    private static string Hex(string value) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(value));

    private static string PgDump(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var binary = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_dump")).Where(File.Exists).Order().LastOrDefault() ?? "pg_dump"
            : "pg_dump";
        var start = new ProcessStartInfo(binary, ["-h", settings.Host!, "-p", settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", settings.Username!, "-d", settings.Database!])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = settings.Password;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "pg_dump failed: " + errors.Result);
        Assert.Contains("COPY cutover.entries", output, StringComparison.Ordinal);
        return output;
    }
}
