using System.Net;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>
/// Someone not yet on the roster writes while the Bot Connector hangs: the member lookup before their message is saved
/// gets the turn's budget, not the SDK's 100 s, so the entry is saved and Teams answered before it would redeliver.
/// </summary>
public sealed class MemberLookupHangTests(OutboxBotFixture bot) : IClassFixture<OutboxBotFixture>
{
    [Fact]
    public async Task ChannelEntry_NewMemberWhileLookupsHang_SavedAndAnsweredWithinTheBudget()
    {
        const string teamId = "19:lookup-hang@thread.tacv2";
        var sam = new FakeMember("29:lookup-sam", "Sam Reception");
        var newcomer = new FakeMember("29:lookup-new", "Nia Newcomer");
        await PracticeSetup.InstallAsync(bot, teamId, "Hang Surgery", sam);
        bot.Connector.SetRoster(teamId, sam, newcomer);
        var hang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Connector.MemberLookupsHang = hang;
        try
        {
            var started = bot.Time.GetUtcNow();
            var turn = bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, newcomer, "log call Margaret Evans wants her bloods"));
            await bot.DriveAsync(turn, realLimit: TimeSpan.FromSeconds(20));

            Assert.True(turn.IsCompleted, "the turn waited on the hanging lookup");
            Assert.Equal(HttpStatusCode.OK, (await turn).StatusCode);
            Assert.True(bot.Time.GetUtcNow() - started < TimeSpan.FromSeconds(15));
            // In a channel anyone but a known guest counts as staff (the roster may lag), so it is filed at once.
            var entry = Assert.Single(bot.Service<IEntryStore>().ForPractice(teamId), e => e.AuthorId == newcomer.Id);
            Assert.Equal(EntryCategory.Call, entry.Category);
            Assert.StartsWith("CALL-", entry.Reference, StringComparison.Ordinal);
        }
        finally
        {
            hang.TrySetResult();
            bot.Connector.MemberLookupsHang = null;
        }
    }
}
