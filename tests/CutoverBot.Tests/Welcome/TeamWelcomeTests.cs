using System.Text.Json.Nodes;
using CutoverBot.Bot.Welcome;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Welcome;

/// <summary>
/// Teams announces one install with an installationUpdate and a conversationUpdate, on two requests at the same time,
/// in either order, sometimes again: the team sees one welcome and one setup card, whatever arrives when.
/// </summary>
public abstract class TeamWelcomeTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private static readonly FakeMember Manager = new("29:welcome-manager", "Priya Shah");
    private static readonly FakeMember Receptionist = new("29:welcome-reception", "Tom Green");

    [Fact]
    public async Task Install_BothEventsAtOnceIn20Teams_EachTeamGetsOneWelcomeAndOneSetupCard()
    {
        var before = bot.Connector.Calls.Count;
        var teams = Enumerable.Range(0, 20).Select(i => $"19:welcome-race-{i}@thread.tacv2").ToList();

        for (var i = 0; i < teams.Count; i++)
        {
            var (install, joined) = Events(teams[i], $"Race Surgery {i}");
            // Half the teams hear the installationUpdate first, half the conversationUpdate.
            var pair = i % 2 == 0 ? new[] { install, joined } : [joined, install];
            var answers = await Task.WhenAll(pair.Select(a => bot.SendAsync(a)));
            Assert.All(answers, a => a.EnsureSuccessStatusCode());
        }

        foreach (var teamId in teams)
        {
            var posts = TeamPosts.Since(bot, before, teamId);
            Assert.Single(posts.Texts);
            Assert.Contains("Hello, I'm CutoverBot", posts.Texts[0].Text, StringComparison.Ordinal);
            Assert.Equal(["Welcome to CutoverBot"], posts.CardTitles);
        }
    }

    [Fact]
    public async Task Install_EventsDeliveredAgainWithSameAndNewIds_OneWelcomeAndOneSetupCard()
    {
        const string teamId = "19:welcome-again@thread.tacv2";
        var (install, joined) = Events(teamId, "Again Surgery");
        var before = bot.Connector.Calls.Count;

        await Task.WhenAll(bot.SendAsync(install), bot.SendAsync(joined));
        await Task.WhenAll(
            bot.SendAsync(install), bot.SendAsync(joined),
            bot.SendAsync(TeamsActivities.WithNewId(install)), bot.SendAsync(TeamsActivities.WithNewId(joined)));
        await bot.SendAsync(TeamsActivities.WithNewId(joined));

        var posts = TeamPosts.Since(bot, before, teamId);
        Assert.Single(posts.Texts);
        Assert.Single(posts.Cards);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Install_BotRestartedBetweenTheTwoEvents_OneWelcomeAndOneSetupCard(bool installationUpdateFirst)
    {
        var teamId = $"19:welcome-restart-{installationUpdateFirst}@thread.tacv2";
        var (install, joined) = Events(teamId, "Restart Surgery");
        var (first, second) = installationUpdateFirst ? (install, joined) : (joined, install);
        var before = bot.Connector.Calls.Count;

        (await bot.SendAsync(first)).EnsureSuccessStatusCode();
        await bot.RestartAsync();
        (await bot.SendAsync(second)).EnsureSuccessStatusCode();

        var posts = TeamPosts.Since(bot, before, teamId);
        Assert.Single(posts.Texts);
        Assert.Single(posts.Cards);
    }

    [Fact]
    public async Task Install_ClaimLeftByABotThatStoppedBeforePosting_NextEventPostsTheWelcome()
    {
        const string teamId = "19:welcome-stopped@thread.tacv2";
        StoppedMidGreeting(teamId, textSent: false);
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, "Stopped Surgery", Manager, added: [TeamsActivities.Bot()]));

        var posts = TeamPosts.Since(bot, before, teamId);
        Assert.Single(posts.Texts);
        Assert.Single(posts.Cards);
    }

    [Fact]
    public async Task Install_BotStoppedAfterTheWelcomeText_NextEventPostsOnlyTheSetupCard()
    {
        const string teamId = "19:welcome-half@thread.tacv2";
        StoppedMidGreeting(teamId, textSent: true);
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Half Surgery", Manager));
        await bot.SendAsync(TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, "Half Surgery", Manager, added: [TeamsActivities.Bot()]));

        var posts = TeamPosts.Since(bot, before, teamId);
        Assert.Empty(posts.Texts);
        Assert.Single(posts.Cards);
    }

    [Fact]
    public async Task Install_WelcomeRefusedByTeams_TheOtherEventPostsIt()
    {
        const string teamId = "19:welcome-refused@thread.tacv2";
        var (install, joined) = Events(teamId, "Refused Surgery");
        bot.Connector.Script.Rule = c => c.IsNewPost && c.ConversationId == teamId ? new ScriptedReply(403, ErrorCode: "BotNotInConversationRoster") : null;
        try
        {
            await bot.SendAsync(install);
        }
        finally
        {
            bot.Connector.Script.Rule = null;
        }
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(joined);

        var posts = TeamPosts.Since(bot, before, teamId);
        Assert.Single(posts.Texts);
        Assert.Single(posts.Cards);
    }

    [Fact]
    public async Task Install_AppUpgradedInATeamThatHasIt_PostsNothing()
    {
        const string teamId = "19:welcome-upgrade@thread.tacv2";
        var (install, joined) = Events(teamId, "Upgrade Surgery");
        await Task.WhenAll(bot.SendAsync(install), bot.SendAsync(joined));
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Upgrade Surgery", Manager, action: "add-upgrade"));

        var posts = TeamPosts.Since(bot, before, teamId);
        Assert.Empty(posts.Texts);
        Assert.Empty(posts.Cards);
        Assert.True(bot.Service<IPracticeStore>().Find(teamId)!.Active);
    }

    private (JsonObject Install, JsonObject Joined) Events(string teamId, string name)
    {
        bot.Connector.SetRoster(teamId, Manager, Receptionist);
        return (TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, name, Manager),
            TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, name, Manager, added: [TeamsActivities.Bot()]));
    }

    /// <summary>
    /// What a bot killed during the welcome leaves behind: the practice recorded and the greeting claimed by another
    /// owner than this process (another opening of the file, another instance), with the text handed to Teams or not.
    /// </summary>
    private void StoppedMidGreeting(string teamId, bool textSent)
    {
        bot.Connector.SetRoster(teamId, Manager, Receptionist);
        var now = bot.Time.GetUtcNow();
        bot.Service<IPracticeStore>().Upsert(new Practice
        {
            Id = teamId, Name = "Stopped Surgery", TenantId = TeamsActivities.TenantId, ServiceUrl = bot.ServiceUrl, ChannelId = teamId,
            ManagerUserId = Manager.Id, InstalledAt = now, Active = true,
        });
        // Claimed long enough ago that no greeting can still be under way: on PostgreSQL another instance's claim is
        // taken over only then (it might still be posting); on LiteDB any other opening's claim is a stopped process's.
        var claimedAt = now - TimeSpan.FromMinutes(3);
        var key = IWelcomeStore.TeamKey(teamId);
        if (bot is PostgresBotFixture postgres)
        {
            using var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString);
            connection.Open();
            using var insert = new Npgsql.NpgsqlCommand(
                "INSERT INTO cutover.welcomes (id, claimed_by, claimed_at, attempts, text_sent_at) VALUES (@id, 'an-instance-that-stopped', @at, 1, @sent)", connection);
            insert.Parameters.AddWithValue("id", key);
            insert.Parameters.AddWithValue("at", claimedAt.UtcDateTime);
            insert.Parameters.AddWithValue("sent", textSent ? claimedAt.UtcDateTime : DBNull.Value);
            insert.ExecuteNonQuery();
            return;
        }
        bot.Service<CutoverDatabase>().Collection<WelcomeRecord>("welcomes").Insert(new WelcomeRecord
        {
            Id = key, ClaimedBy = "a-process-that-stopped", ClaimedAt = claimedAt, Attempts = 1, TextSentAt = textSent ? claimedAt : null,
        });
    }
}

public sealed class TeamWelcomeTestsOnLiteDb(BotFixture bot) : TeamWelcomeTests<BotFixture>(bot);

public sealed class TeamWelcomeTestsOnPostgreSql(PostgresBotFixture bot) : TeamWelcomeTests<PostgresBotFixture>(bot);
