using System.Text.Json.Nodes;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Welcome;

/// <summary>A team that removes the bot and adds it back later is welcomed again, once, for the new install.</summary>
public abstract class TeamReinstallTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private static readonly FakeMember Manager = new("29:reinstall-manager", "Priya Shah");

    [Fact]
    public async Task Reinstall_BeforeSetup_WelcomeAndSetupCardAgainOnce()
    {
        const string teamId = "19:reinstall-new@thread.tacv2";
        var before = bot.Connector.Calls.Count;
        await InstallAsync(teamId);

        await RemoveAsync(teamId);
        await InstallAsync(teamId);

        var posts = TeamPosts.Since(bot, before, teamId);
        Assert.Equal(2, posts.Texts.Count);
        Assert.Equal(["Welcome to CutoverBot", "Welcome to CutoverBot"], posts.CardTitles);
    }

    [Fact]
    public async Task Reinstall_AfterSetup_WelcomeSaysTheSetupIsKeptAndNoSetupCard()
    {
        const string teamId = "19:reinstall-set-up@thread.tacv2";
        await InstallAsync(teamId);
        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, Manager, "setup FDP 02/03/2027 go-live 09/03/2027", "Reinstall Surgery"));
        await RemoveAsync(teamId);
        var before = bot.Connector.Calls.Count;

        await InstallAsync(teamId);
        await bot.SendAsync(TeamsActivities.WithNewId(Joined(teamId)));

        var posts = TeamPosts.Since(bot, before, teamId);
        var hello = Assert.Single(posts.Texts).Text;
        Assert.Contains("FDP 02/03/2027, go-live 09/03/2027", hello, StringComparison.Ordinal);
        Assert.Empty(posts.Cards);
    }

    private async Task InstallAsync(string teamId)
    {
        bot.Connector.SetRoster(teamId, Manager);
        var answers = await Task.WhenAll(
            bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Reinstall Surgery", Manager)),
            bot.SendAsync(Joined(teamId)));
        Assert.All(answers, a => a.EnsureSuccessStatusCode());
    }

    // Teams announces a removal twice as well.
    private Task RemoveAsync(string teamId) => Task.WhenAll(
        bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Reinstall Surgery", Manager, action: "remove")),
        bot.SendAsync(TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, "Reinstall Surgery", Manager, removed: [TeamsActivities.Bot()])));

    private JsonObject Joined(string teamId) =>
        TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, "Reinstall Surgery", Manager, added: [TeamsActivities.Bot()]);
}

public sealed class TeamReinstallTestsOnLiteDb(BotFixture bot) : TeamReinstallTests<BotFixture>(bot);

public sealed class TeamReinstallTestsOnPostgreSql(PostgresBotFixture bot) : TeamReinstallTests<PostgresBotFixture>(bot);
