using System.Text;
using System.Text.Json.Nodes;
using CutoverBot.Bot.Files;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Tests.GoLive;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>
/// Someone with a copy of the database file: after a realistic session through the real host, the file (and its log
/// file) holds none of the patient values used, in UTF-8 or UTF-16, while the bot with its key still reads them all.
/// </summary>
public sealed class EncryptionAtRestTests
{
    private static readonly string[] Secrets =
    [
        // The go-live scenario's patients: names, dates of birth in both spellings, the NHS number with and without spaces.
        "Margaret Evans", "Evans", "Tomasz", "Nowak", "Sarah Jones", "Alan Reid", "Edna Price",
        "1948-02-14", "14/02/1948", "1990-08-22", "22/08/1990", "1982-06-05", "05/06/1982", "1959-09-09", "09/09/1959", "1936-01-12", "12/01/1936",
        "9434765919", "943 476 5919",
        // Free text typed with the entries, and the corrections and reason added below.
        "bloods are back", "GMS1", "Leeds", "Dr Patel", "inhaler", "chest infection",
        "Philippa Quenby", "Quenby", "1975-07-03", "03/07/1975", "4010232137", "401 023 2137", "zopiclone", "duplicate of the Quenby",
    ];

    [Fact]
    public async Task Session_ThroughTheRealHost_DatabaseFilesHoldNoPatientValueInAnyEncoding()
    {
        var folder = Directory.CreateTempSubdirectory("cutoverbot-at-rest-").FullName;
        var path = Path.Combine(folder, "cutover.db");
        try
        {
            var bot = new AtRestFixture(path);
            await bot.InitializeAsync();
            var s = await GoLiveScenario.CreateAsync(bot, "atrest");
            var edited = s.EntriesOf(s.Sam)[0];
            var message = s.Personal(s.Sam, "");
            await GoLiveScenario.Send(bot, TeamsActivities.ExecuteAction(message, "entry.complete", new JsonObject
            {
                ["entryId"] = edited.Id.ToString("D"), ["patientName"] = "Philippa Quenby", ["dateOfBirth"] = "03/07/1975",
                ["nhsNumber"] = "401 023 2137", ["details"] = "asked about her zopiclone",
            }));
            await GoLiveScenario.Send(bot, s.Personal(s.Priya, $"not needed {s.EntriesOf(s.Priya)[1].Reference} duplicate of the Quenby call"));
            await GoLiveScenario.Send(bot, s.Personal(s.Maria, "find 401 023 2137"));
            await GoLiveScenario.Send(bot, s.Personal(s.Maria, "export"));
            Assert.True(bot.Service<IPendingFileStore>().Count() >= 2);
            var stored = bot.Service<IEntryStore>().Find(edited.Id)!;
            Assert.Equal("Philippa Quenby", stored.Patient.Name);
            await bot.DisposeAsync();

            var files = Directory.GetFiles(folder);
            Assert.Contains(files, f => f.EndsWith("cutover.db", StringComparison.Ordinal));
            foreach (var file in files)
            {
                var bytes = SettledFile.ReadAllBytes(file);
                foreach (var secret in Secrets)
                {
                    Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(secret)), $"{Path.GetFileName(file)} holds '{secret}' in UTF-8");
                    Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(secret)), $"{Path.GetFileName(file)} holds '{secret}' in UTF-16");
                }
            }

            // The values are there, sealed: the bot's key opens them.
            DataKey.TryParse(BotFactory.TestEncryptionKey, out var key, out _);
            using var reopened = new CutoverDatabase(path, new KeyRing(key!));
            var entries = new EntryStore(reopened);
            Assert.Equal("Philippa Quenby", entries.Find(edited.Id)!.Patient.Name);
            Assert.Equal(new DateOnly(1975, 7, 3), entries.Find(edited.Id)!.Patient.DateOfBirth);
            Assert.Contains(entries.ForPractice(s.TeamId), e => e.Patient.NotNeededReason == "duplicate of the Quenby call");
            Assert.Single(entries.FindByNhsNumber(s.TeamId, "4010232137"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private sealed class AtRestFixture(string databasePath) : BotFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings() =>
            new Dictionary<string, string?> { ["Storage:DatabasePath"] = databasePath };
    }
}
