using CutoverBot.Core.Checklist;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.GoLive;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>The governance gaps closed in issue 16, through the real host as Teams drives it.</summary>
public sealed class GovernanceHostTests
{
    private const string Ubrn = "381920475566";
    private const string CorrectedUbrn = "441029201187";

    [Fact]
    public async Task Referral_ThroughTheRealHost_UbrnInNoChannelPostNoAuditRecordAndNotInTheDatabaseFile()
    {
        var folder = Directory.CreateTempSubdirectory("cutoverbot-ubrn-").FullName;
        try
        {
            var bot = new FolderFixture(Path.Combine(folder, "cutover.db"));
            await bot.InitializeAsync();
            var s = await GoLiveScenario.CreateAsync(bot, "ubrn");
            var before = bot.Connector.Calls.Count;
            await GoLiveScenario.Send(bot, s.Channel(s.Sam, "referral Philippa Quenby 14/02/1948 UBRN 3819 2047 5566 to ENT"));
            var referral = s.EntriesOf(s.Sam).Single(e => e.Category == EntryCategory.Referral);
            s.Pause();
            await GoLiveScenario.Send(bot, TeamsActivities.ExecuteAction(s.Personal(s.Sam), "entry.complete", new JsonObject
            {
                ["entryId"] = referral.Id.ToString("D"), ["ubrn"] = "4410 2920 1187",
            }));
            s.Pause();
            await GoLiveScenario.Send(bot, s.Channel(s.Maria, "summary"));

            Assert.Equal(CorrectedUbrn, s.Entry(referral.Id).Ubrn);
            var channel = string.Join("\n", s.ChannelCalls(bot.CallsSince(before)).Select(GoLiveScenario.Visible));
            Assert.Contains(referral.Reference, channel);
            Assert.DoesNotContain(Ubrn, channel);
            Assert.DoesNotContain("3819 2047 5566", channel);
            Assert.DoesNotContain(CorrectedUbrn, channel);
            var trail = JsonSerializer.Serialize(bot.Service<IAuditStore>().ForPractice(s.TeamId));
            Assert.Contains("\"Field\":\"ubrn\"", trail);
            Assert.DoesNotContain(Ubrn, trail);
            Assert.DoesNotContain(CorrectedUbrn, trail);
            await bot.DisposeAsync();

            foreach (var file in Directory.GetFiles(folder))
            {
                var bytes = SettledFile.ReadAllBytes(file);
                foreach (var value in new[] { Ubrn, CorrectedUbrn, "3819 2047 5566" })
                {
                    Assert.False(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0, $"{Path.GetFileName(file)} holds {value} in UTF-8");
                    Assert.False(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(value)) >= 0, $"{Path.GetFileName(file)} holds {value} in UTF-16");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task SetupCard_ManagerSavesRetentionAndGuestTicking_SavedAuditedAndTheGuestCanTick()
    {
        await using var bot = new BotFixture();
        await bot.InitializeAsync();
        var s = await GoLiveScenario.CreateAsync(bot, "setup-governance");
        var task = bot.Service<CutoverCatalog>().Tasks.First(t => t.AppliesTo(false)).Id;

        var answer = await s.InvokeAsync(TeamsActivities.ExecuteAction(s.Channel(s.Maria), "setup.submit", new JsonObject
        {
            ["fdpDate"] = "2026-03-02", ["goLiveDate"] = "2026-03-09", ["retentionDays"] = "120", ["guestsCanTick"] = "true", ["form"] = "setup",
        }));

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Contains("Patient details will be kept for 120 days after go-live.", answer.ToJsonString(), StringComparison.Ordinal);
        var practice = bot.Service<IPracticeStore>().Find(s.TeamId)!;
        Assert.Equal((120, true), (practice.RetentionDays, practice.GuestsCanTick));
        var settings = bot.Service<IAuditStore>().ForPractice(s.TeamId).Where(r => r.Action == AuditAction.SettingChanged).ToList();
        Assert.Equal([("retentionDays", "default", "120"), ("guestsCanTick", "off", "on")], settings.Select(r => (r.Changes[0].Field, r.Changes[0].Old, r.Changes[0].New)));
        Assert.All(settings, r => Assert.Equal(s.Maria.Id, r.UserId));

        s.Pause();
        await GoLiveScenario.Send(bot, s.Channel(s.Gary, "done " + task));
        Assert.Equal(s.Gary.Id, bot.Service<IChecklistTickStore>().Find(s.TeamId, task)?.ByUserId);
    }

    private sealed class FolderFixture(string databasePath) : BotFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings() =>
            new Dictionary<string, string?> { ["Storage:DatabasePath"] = databasePath };
    }
}
