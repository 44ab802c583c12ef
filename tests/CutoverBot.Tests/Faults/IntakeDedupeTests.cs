using System.Net;
using CutoverBot.Bot.Intake;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>Teams delivers a message again when a turn looks unanswered: the copy must not log a second entry.</summary>
public abstract class IntakeDedupeTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string Margaret = "log call Margaret Evans 14/02/1948 wants her bloods";

    private IEntryStore Entries => bot.Service<IEntryStore>();

    [Fact]
    public async Task ChannelEntry_DeliveredAgainAfterItWasHandled_StoredOnceAndAnsweredOnce()
    {
        const string teamId = "19:dedupe-after@thread.tacv2";
        var sam = new FakeMember("29:dedupe-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Dedupe Surgery", sam);
        var message = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, Margaret);
        var before = bot.Connector.Calls.Count;

        var first = await bot.SendAsync(message);
        var again = await bot.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var entry = Assert.Single(Entries.ForPractice(teamId));
        Assert.Single(bot.CallsSince(before), c => c.ConversationId?.StartsWith(teamId, StringComparison.Ordinal) == true && c.Everything.Contains(entry.Reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelEntry_DeliveredTwiceAtOnce_StoredOnce()
    {
        const string teamId = "19:dedupe-racing@thread.tacv2";
        var jo = new FakeMember("29:dedupe-jo", "Jo Nurse");
        await PracticeSetup.InstallAsync(bot, teamId, "Racing Surgery", jo);
        var message = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, jo, Margaret);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => bot.SendAsync(message)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(Entries.ForPractice(teamId));
    }

    [Fact]
    public async Task ChannelEntry_SameTextAsANewMessage_StoredAgain()
    {
        const string teamId = "19:dedupe-new@thread.tacv2";
        var alex = new FakeMember("29:dedupe-alex", "Alex Admin");
        await PracticeSetup.InstallAsync(bot, teamId, "New Message Surgery", alex);

        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, alex, Margaret));
        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, alex, Margaret));

        Assert.Equal(2, Entries.ForPractice(teamId).Count);
    }

    [Fact]
    public void Prune_IdsOlderThanTwoDays_ForgottenAndNewerKept()
    {
        using var db = new Core.Storage.CutoverDatabase(":memory:");
        var store = new CutoverBot.Core.Entries.Intake.ProcessedMessageStore(db);
        var now = new DateTimeOffset(2027, 1, 11, 9, 0, 0, TimeSpan.Zero);
        store.Record("old", now - TimeSpan.FromHours(49));
        store.Record("recent", now - TimeSpan.FromHours(47));

        Assert.Equal(1, store.Prune(now));

        Assert.False(store.Contains("old"));
        Assert.True(store.Contains("recent"));
    }
}

public sealed class IntakeDedupeTestsOnLiteDb(BotFixture bot) : IntakeDedupeTests<BotFixture>(bot);

public sealed class IntakeDedupeTestsOnPostgreSql(PostgresBotFixture bot) : IntakeDedupeTests<PostgresBotFixture>(bot);
