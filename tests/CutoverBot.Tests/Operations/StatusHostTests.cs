using CutoverBot.Delivery;
using CutoverBot.Operations;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Operations;

public abstract class StatusHostTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string TeamId = "19:status-riverside@thread.tacv2";

    [Fact]
    public async Task Status_ManagerInTheChannel_GetsTheStatusCardInTheChannel()
    {
        var manager = new FakeMember("29:status-manager", "Pat Manager");
        var practice = await PracticeSetup.InstallAsync(bot, TeamId, "Riverside Surgery", manager, new FakeMember("29:status-sam", "Sam Reception"));
        practice.ManagerUserId = manager.Id;
        practice.FdpDate = new DateOnly(2026, 3, 20);
        practice.GoLiveDate = new DateOnly(2026, 3, 27);
        bot.Service<CutoverBot.Core.Practices.IPracticeStore>().Upsert(practice);
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, TeamId, manager, "status"));

        var reply = Assert.Single(bot.CallsSince(before), c => c.IsNewPost && c.Card is not null);
        Assert.Equal("CutoverBot status: Riverside Surgery", reply.CardText);
        Assert.Contains("Wed 11 Mar at 08:00 (tomorrow)", reply.Everything);
        Assert.Contains("Version", reply.Everything);
    }

    [Fact]
    public void ProactiveSender_InTheHost_IsCountedForTheOperationsReport()
    {
        Assert.IsType<CountingProactiveSender>(bot.Service<IProactiveSender>());
    }

    [Fact]
    public async Task HttpClient_TheHostGivesTheSdk_TellsAMorningPostWhenItLeaves()
    {
        // Without this the post log never learns a post was with Teams, and a restart would post it again.
        using var client = bot.Service<IHttpClientFactory>().CreateClient();
        var told = 0;

        using var response = await OnTheWire.RunAsync(() => told++, () =>
            client.PostAsync(new Uri(new Uri(bot.ServiceUrl), "v3/conversations/19:wire@thread.tacv2/activities"), new StringContent("{}")));

        Assert.Equal(1, told);
    }
}

public sealed class StatusHostTestsOnLiteDb(BotFixture bot) : StatusHostTests<BotFixture>(bot);

public sealed class StatusHostTestsOnPostgreSql(PostgresBotFixture bot) : StatusHostTests<PostgresBotFixture>(bot);
