using System.Text.Json.Nodes;
using CutoverBot.Bot.Posts;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Delivery;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>An entry's channel reply that had to wait in the outbox is still updated in place once it went out.</summary>
public sealed class QueuedEntryReplyTests(OutboxBotFixture bot) : IClassFixture<OutboxBotFixture>
{
    [Fact]
    public async Task Complete_ChannelReplyDeliveredLaterByTheOutbox_ThatReplyIsUpdatedInPlace()
    {
        const string teamId = "19:queued-reply@thread.tacv2";
        var sam = new FakeMember("29:queued-reply-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Queued Surgery", sam);
        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "note first"));
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        bot.Connector.Script.Rule = call => call.IsNewPost ? new ScriptedReply(503) : null;
        var message = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "log call Margaret Evans wants her bloods");
        await bot.DriveAsync(bot.SendAsync(message));
        var entry = Assert.Single(bot.Service<IEntryStore>().ForPractice(teamId), e => e.Category == EntryCategory.Call);
        Assert.Empty(bot.Service<IEntryPostStore>().ForEntry(entry.Id));

        var back = bot.Connector.Calls.Count;
        bot.Connector.Script.Rule = null;
        var outbox = bot.Service<IOutboxStore>();
        for (var i = 0; i < 120 && outbox.Count > 0; i++) await bot.DriveAsync(Task.Delay(20), TimeSpan.FromSeconds(1));
        Assert.Equal(0, outbox.Count);
        var thread = message["conversation"]!["id"]!.GetValue<string>();
        Assert.Single(bot.CallsSince(back), c => c.IsNewPost && c.ConversationId == thread);

        var before = bot.Connector.Calls.Count;
        await bot.DriveAsync(bot.SendAsync(TeamsActivities.ExecuteAction(TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, ""), "entry.complete",
            new JsonObject { ["entryId"] = entry.Id.ToString("D"), ["dateOfBirth"] = "1948-02-14" })));

        var recorded = Assert.Single(bot.Service<IEntryPostStore>().ForEntry(entry.Id), p => p.Shared);
        var put = Assert.Single(bot.CallsSince(before), c => c.IsUpdate && c.ConversationId == thread);
        Assert.Equal(recorded.ActivityId, put.ActivityId);
        Assert.Contains(EntryCards.CompleteText, put.Everything, StringComparison.Ordinal);
    }
}
