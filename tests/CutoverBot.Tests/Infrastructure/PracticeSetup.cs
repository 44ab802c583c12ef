using CutoverBot.Core.Practices;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>Installs the bot in a team through the real install activity, with the given roster.</summary>
public static class PracticeSetup
{
    public static async Task<Practice> InstallAsync(BotFixture bot, string teamId, string name, params FakeMember[] roster)
    {
        bot.Connector.SetRoster(teamId, roster);
        var response = await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, name, roster[0]));
        response.EnsureSuccessStatusCode();
        return bot.Service<IPracticeStore>().Find(teamId) ?? throw new InvalidOperationException("install did not record the practice");
    }
}
