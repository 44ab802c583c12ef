using System.Net;
using CutoverBot.Bot;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>
/// More messages than the bot lets run at once arrive while the Bot Connector hangs: a turn waiting on the connector
/// gives up its place, so every message is taken in and answered within its budget, instead of the later ones
/// waiting for places held through whole send budgets until Teams gives up on them.
/// </summary>
public sealed class ConnectorHangTurnsTests(OutboxBotFixture bot) : IClassFixture<OutboxBotFixture>
{
    [Fact]
    public async Task ChannelEntries_MoreThanTheTurnsLetInAtOnce_AllWaitOnTheHangingConnectorTogetherAndAllAnswered()
    {
        const string teamId = "19:hang-turns@thread.tacv2";
        var sam = new FakeMember("29:hang-turns-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Hang Turns Surgery", sam);
        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "note first"));
        var letIn = bot.Service<TurnGate>().Capacity;
        var count = letIn + 4;
        var hang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Connector.PostsHang = hang;
        try
        {
            var turns = Enumerable.Range(0, count)
                .Select(i => bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, $"log call Patient Number{i} wants her bloods")))
                .ToList();

            // No fake time passes here, so no budget runs out: only turns let in alongside the waiting ones get this far.
            for (var i = 0; i < 400 && bot.Connector.HangingPosts < count; i++) await Task.Delay(50);
            Assert.True(bot.Connector.HangingPosts >= count, $"{bot.Connector.HangingPosts} of {count} turns reached the connector; {letIn} run at once");

            await bot.DriveAsync(Task.WhenAll(turns), realLimit: TimeSpan.FromSeconds(30));
            Assert.All(turns, t => Assert.Equal(HttpStatusCode.OK, t.Result.StatusCode));
            Assert.Equal(count, bot.Service<IEntryStore>().ForPractice(teamId).Count(e => e.Patient.Text?.Contains("bloods", StringComparison.Ordinal) == true));
        }
        finally
        {
            bot.Connector.PostsHang = null;
            hang.TrySetResult();
        }
    }
}
