using System.Text.Json.Nodes;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Hosting;

/// <summary>Graph knows a team by its Microsoft 365 group id, which Teams sends in channelData.team.aadGroupId.</summary>
public abstract class GroupIdCaptureTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    [Fact]
    public async Task Install_ChannelDataHasAadGroupId_KeptOnThePractice()
    {
        const string teamId = "19:groupid-install@thread.tacv2";
        var maria = new FakeMember("29:groupid-maria", "Maria Manager");
        bot.Connector.SetRoster(teamId, maria);
        var install = TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Riverside Surgery", maria);
        install["channelData"]!["team"]!["aadGroupId"] = "0b5f2a7c-1111-4222-8333-444455556666";

        (await bot.SendAsync(install)).EnsureSuccessStatusCode();

        Assert.Equal("0b5f2a7c-1111-4222-8333-444455556666", bot.Service<IPracticeStore>().Find(teamId)!.AadGroupId);
    }

    [Fact]
    public async Task ChannelMessage_LaterCarriesAadGroupId_FillsItIn()
    {
        const string teamId = "19:groupid-message@thread.tacv2";
        var sam = new FakeMember("29:groupid-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Hillview", sam);
        Assert.Null(bot.Service<IPracticeStore>().Find(teamId)!.AadGroupId);
        var message = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "help");
        message["channelData"]!["team"]!["aadGroupId"] = "9e9e9e9e-1111-4222-8333-444455556666";

        (await bot.SendAsync(message)).EnsureSuccessStatusCode();

        Assert.Equal("9e9e9e9e-1111-4222-8333-444455556666", bot.Service<IPracticeStore>().Find(teamId)!.AadGroupId);
    }
}

public sealed class GroupIdCaptureTestsOnLiteDb(BotFixture bot) : GroupIdCaptureTests<BotFixture>(bot);

public sealed class GroupIdCaptureTestsOnPostgreSql(PostgresBotFixture bot) : GroupIdCaptureTests<PostgresBotFixture>(bot);
