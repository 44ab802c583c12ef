using System.Net;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Delivery;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>The Bot Connector answering 503 during a turn: the entry is stored, the turn answers Teams in time, and the replies go out once it is back.</summary>
public sealed class ConnectorDownTests(OutboxBotFixture bot) : IClassFixture<OutboxBotFixture>
{
    [Fact]
    public async Task ChannelEntry_ConnectorAnswers503_StoredAnsweredInTimeAndRepliesDeliveredOnceWhenItIsBack()
    {
        const string teamId = "19:outage@thread.tacv2";
        var sam = new FakeMember("29:outage-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Outage Surgery", sam);
        // The personal chat exists already, so both replies are plain posts.
        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "note first"));
        bot.Connector.Script.Rule = call => call.IsNewPost ? new ScriptedReply(503) : null;
        var started = bot.Time.GetUtcNow();

        var response = await bot.DriveAsync(bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "log call Margaret Evans 14/02/1948 wants her bloods")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(bot.Time.GetUtcNow() - started < TimeSpan.FromSeconds(15));
        var entry = Assert.Single(bot.Service<IEntryStore>().ForPractice(teamId), e => e.Category == EntryCategory.Call);
        var outbox = bot.Service<IOutboxStore>();
        Assert.Equal(2, outbox.Count);

        var back = bot.Connector.Calls.Count;
        bot.Connector.Script.Rule = null;
        for (var i = 0; i < 120 && outbox.Count > 0; i++) await bot.DriveAsync(Task.Delay(20), TimeSpan.FromSeconds(1));

        Assert.Equal(0, outbox.Count);
        var delivered = bot.CallsSince(back).Where(c => c.IsNewPost).ToList();
        Assert.Single(delivered, c => c.ConversationId!.StartsWith(teamId + ";", StringComparison.Ordinal) && c.Everything.Contains(entry.Reference, StringComparison.Ordinal));
        var personal = Assert.Single(delivered, c => c.ConversationId == "a:personal-" + sam.Id);
        Assert.Contains("Margaret Evans", personal.Everything, StringComparison.Ordinal);
    }
}
