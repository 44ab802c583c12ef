using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Bot.Throttling;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Security;

public sealed class ThrottlingTests(ThrottlingFixture bot) : IClassFixture<ThrottlingFixture>
{
    private static readonly string[] Flood =
    [
        "log call Margaret Evans 14/02/1948 wants her bloods",
        "new reg Tomasz Nowak dob 22 Aug 1990",
        "paper path result for Sarah Jones 5.6.82 FBC normal",
        "log call Peter Green 01/01/1950 repeat prescription",
        "home visit Ann Lee 3.3.1933 chest pain",
        "log call Omar Khan 12/12/1971 sick note",
    ];

    private IEntryStore Entries => bot.Service<IEntryStore>();

    [Fact]
    public async Task ChannelFlood_OneUserOverTheLimit_EveryEntrySavedAndColleagueStillAnswered()
    {
        const string teamId = "19:throttle-flood@thread.tacv2";
        var flooder = new FakeMember("29:throttle-flooder", "Fred Flood");
        var colleague = new FakeMember("29:throttle-colleague", "Cara Colleague");
        await PracticeSetup.InstallAsync(bot, teamId, "Flood Surgery", flooder, colleague);
        var before = bot.Connector.Calls.Count;

        foreach (var text in Flood)
        {
            var response = await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, flooder, text));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Nothing lost: every message became an entry, in order.
        var saved = Entries.ForPractice(teamId).Where(e => e.AuthorId == flooder.Id)
            .OrderBy(e => Array.FindIndex(Flood, text => text.Contains(e.Patient.Name ?? "-", StringComparison.Ordinal))).ToList();
        Assert.Equal(Flood.Length, saved.Count);
        var inChannel = ChannelPosts(before, teamId);
        // The first PerUser are answered with their reference; then one notice, then silence in the channel.
        foreach (var entry in saved.Take(ThrottlingFixture.PerUser))
            Assert.Single(inChannel, c => c.Everything.Contains(entry.Reference, StringComparison.Ordinal));
        foreach (var entry in saved.Skip(ThrottlingFixture.PerUser))
            Assert.DoesNotContain(inChannel, c => c.Everything.Contains(entry.Reference, StringComparison.Ordinal));
        Assert.Single(inChannel, c => c.Text == ThrottlingMiddleware.HeldBackNotice);

        var afterFlood = bot.Connector.Calls.Count;
        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, colleague, "log call Rita Moss 2/2/1960 results"));

        var colleagues = Assert.Single(Entries.ForPractice(teamId), e => e.AuthorId == colleague.Id);
        Assert.Contains(ChannelPosts(afterFlood, teamId), c => c.Everything.Contains(colleagues.Reference, StringComparison.Ordinal));
        Assert.DoesNotContain(ChannelPosts(afterFlood, teamId), c => c.Text == ThrottlingMiddleware.HeldBackNotice);
    }

    [Fact]
    public async Task PersonalFlood_AfterAMinute_AnsweredAgain()
    {
        const string teamId = "19:throttle-minute@thread.tacv2";
        var jo = new FakeMember("29:throttle-jo", "Jo Nurse");
        await PracticeSetup.InstallAsync(bot, teamId, "Minute Surgery", jo);
        foreach (var text in Flood) await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, jo, text));
        var held = bot.Connector.Calls.Count;
        await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, jo, "my entries"));
        Assert.Empty(bot.CallsSince(held));

        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var response = await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, jo, "log call Len Hart 4/4/1944 dressing"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Flood.Length + 1, Entries.ForPractice(teamId).Count());
        var latest = Entries.ForPractice(teamId).Single(e => e.Patient.Name == "Len Hart");
        Assert.Contains(bot.CallsSince(held), c => c.Everything.Contains(latest.Reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CardClick_OverTheLimit_RefusedOnTheCardAndNotRun()
    {
        const string teamId = "19:throttle-click@thread.tacv2";
        var sam = new FakeMember("29:throttle-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Click Surgery", sam);
        var personal = TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, Flood[0]);
        foreach (var text in Flood) await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, text));
        var entry = Entries.ForPractice(teamId).First();

        var response = await bot.SendAsync(TeamsActivities.ExecuteAction(personal, "entry.complete", new JsonObject { ["entryId"] = entry.Id.ToString("D") }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(ThrottlingMiddleware.ClickRefusal, body["value"]!.GetValue<string>());
        Assert.Equal(entry.Status, Entries.ForPractice(teamId).Single(e => e.Reference == entry.Reference).Status);
    }

    [Fact]
    public void TryAcquire_UserOverTheLimit_LeavesTheConversationAllowanceToOthers()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 9, 30, 0, TimeSpan.Zero));
        var throttle = new TurnThrottle(Options.Create(new ThrottlingOptions { PerUserPerMinute = 2, PerConversationPerMinute = 4 }), time);

        var flooder = Enumerable.Range(0, 10).Select(_ => throttle.TryAcquire("flooder", "channel")).ToList();
        var others = new[] { throttle.TryAcquire("a", "channel"), throttle.TryAcquire("b", "channel"), throttle.TryAcquire("c", "channel") };

        Assert.Equal(2, flooder.Count(v => v == ThrottleVerdict.Allowed));
        Assert.All(flooder.Skip(2), v => Assert.Equal(ThrottleVerdict.UserOverLimit, v));
        Assert.Equal([ThrottleVerdict.Allowed, ThrottleVerdict.Allowed, ThrottleVerdict.ConversationOverLimit], others);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(ThrottleVerdict.Allowed, throttle.TryAcquire("flooder", "channel"));
    }

    private IReadOnlyList<ConnectorCall> ChannelPosts(int since, string teamId) =>
        bot.CallsSince(since).Where(c => c.ConversationId?.StartsWith(teamId, StringComparison.Ordinal) == true).ToList();
}
