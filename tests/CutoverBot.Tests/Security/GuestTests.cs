using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.GoLive;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>
/// Guests of a practice team (Teams userRole "guest": the ICB, a supplier) through the real host: they read the
/// checklist; they never log, see or export entries; they tick only when the practice manager allows it.
/// </summary>
public abstract class GuestTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private static string Seen(IEnumerable<ConnectorCall> calls) => string.Join("\n", calls.Select(GoLiveScenario.Visible));

    private static string Said(IEnumerable<ConnectorCall> calls) => string.Join("\n", calls.Select(c => c.Text));

    private async Task<(GoLiveScenario S, IReadOnlyList<ConnectorCall> Calls)> Say(GoLiveScenario s, bool inChannel, string text)
    {
        s.Pause();
        var before = bot.Connector.Calls.Count;
        await GoLiveScenario.Send(bot, inChannel ? s.Channel(s.Gary, text) : s.Personal(s.Gary, text));
        return (s, bot.CallsSince(before));
    }

    [Fact]
    public async Task Checklist_Guest_GetsTheChecklistCard()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "guest-read");

        var (_, calls) = await Say(s, inChannel: true, "checklist");

        Assert.Contains(calls, c => c.Card?.ToJsonString().Contains("checklist.toggle", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task QuickEntry_GuestInChannel_RefusedAndNothingStored()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "guest-log");

        var (_, calls) = await Say(s, inChannel: true, "log call Margaret Evans 14/02/1948 wants her bloods");

        Assert.Contains(PracticeResolver.GuestRefusal, Said(calls));
        Assert.Empty(s.EntriesOf(s.Gary));
        Assert.Null(bot.Service<IEntryStore>().LastByAuthor(s.Gary.Id));
    }

    [Fact]
    public async Task QuickEntry_GuestInPersonalChat_NeverFiledIntoThePractice()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "guest-personal");

        await Say(s, inChannel: false, "log call Margaret Evans 14/02/1948 wants her bloods");

        Assert.Empty(s.EntriesOf(s.Gary));
        Assert.Equal(5, bot.Service<IEntryStore>().ForPractice(s.TeamId).Count);
    }

    [Theory]
    [InlineData(true, "my entries")]
    [InlineData(false, "my entries")]
    [InlineData(true, "export")]
    [InlineData(false, "export")]
    [InlineData(true, "edit CALL-0001")]
    [InlineData(false, "edit CALL-0001")]
    public async Task SeeOrExport_Guest_NoPatientDetailsNoFilesNoViewAudited(bool inChannel, string text)
    {
        var s = await GoLiveScenario.CreateAsync(bot, $"guest-see-{inChannel}-{text.Replace(' ', '-')}");

        var (_, calls) = await Say(s, inChannel, text);

        GoLiveScenario.AssertNoPatientValues(Seen(calls));
        Assert.DoesNotContain(calls, c => c.Body?.ToJsonString().Contains("file.consent", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(bot.Service<IAuditStore>().ForPractice(s.TeamId),
            r => r.UserId == s.Gary.Id && r.Action is AuditAction.Viewed or AuditAction.Exported);
    }

    [Fact]
    public async Task ReentryView_GuestClicks_GetsOnlyTheSharedCard()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "guest-view");

        var answer = await s.InvokeAsync(TeamsActivities.ExecuteAction(s.Channel(s.Gary), "reentry.view", new() { ["practiceId"] = s.TeamId }));

        GoLiveScenario.AssertNoPatientValues(answer.ToJsonString());
        Assert.DoesNotContain(ReentryView.Template, answer.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_GuestTicksOnlyOnceTheManagerAllowsIt()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "guest-tick");
        var task = bot.Service<CutoverCatalog>().Tasks.First(t => t.AppliesTo(false)).Id;
        var ticks = bot.Service<IChecklistTickStore>();

        var (_, refused) = await Say(s, inChannel: true, "done " + task);
        Assert.Contains(ChecklistAccess.GuestsMayNotTick, Said(refused));
        Assert.Null(ticks.Find(s.TeamId, task));

        s.Pause();
        await GoLiveScenario.Send(bot, s.Channel(s.Sam, "guests can tick on"));
        Assert.False(bot.Service<IPracticeStore>().Find(s.TeamId)!.GuestsCanTick);
        s.Pause();
        await GoLiveScenario.Send(bot, s.Channel(s.Maria, "guests can tick on"));
        Assert.True(bot.Service<IPracticeStore>().Find(s.TeamId)!.GuestsCanTick);

        await Say(s, inChannel: true, "done " + task);
        Assert.Equal(s.Gary.Id, ticks.Find(s.TeamId, task)?.ByUserId);
    }

    [Fact]
    public async Task Toggle_GuestWhoJoinedSinceInstallClicksTick_LookedUpAndRefused()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "guest-new-click");
        var gina = new FakeMember("29:guest-new-click-gina", "Gina from the ICB", UserRole: "guest");
        bot.Connector.SetRoster(s.TeamId, s.Maria, s.Sam, s.Priya, s.Gary, gina);
        var task = bot.Service<CutoverCatalog>().Tasks.First(t => t.AppliesTo(false)).Id;
        var click = new System.Text.Json.Nodes.JsonObject
        {
            ["taskId"] = task,
            ["date"] = bot.Time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["act"] = "tick",
        };

        s.Pause();
        var response = await GoLiveScenario.Send(bot, TeamsActivities.ExecuteAction(s.Channel(gina), "checklist.toggle", click));

        Assert.Contains(ChecklistAccess.GuestsMayNotTick, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(bot.Service<IChecklistTickStore>().Find(s.TeamId, task));
        Assert.True(bot.Service<IPracticeStore>().FindMember(s.TeamId, gina.Id)?.IsGuest);
    }
}

public sealed class GuestTestsOnLiteDb(BotFixture bot) : GuestTests<BotFixture>(bot);

public sealed class GuestTestsOnPostgreSql(PostgresBotFixture bot) : GuestTests<PostgresBotFixture>(bot);
