using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Welcome;

/// <summary>
/// Someone who opens a personal chat with the bot is greeted once: Teams sends an installationUpdate and a
/// conversationUpdate here too, at the same time, in either order, and may send either again.
/// </summary>
public abstract class PersonalWelcomeTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    [Fact]
    public async Task PersonalInstall_BothEventsAtOnceFor20People_EachGreetedOnceWithHowToStart()
    {
        var people = Enumerable.Range(0, 20).Select(i => new FakeMember($"29:hello-race-{i}", $"Sam Race {i}")).ToList();
        var before = bot.Connector.Calls.Count;

        for (var i = 0; i < people.Count; i++)
        {
            var install = TeamsActivities.PersonalInstall(bot.ServiceUrl, people[i]);
            var joined = TeamsActivities.PersonalBotAdded(bot.ServiceUrl, people[i]);
            var pair = i % 2 == 0 ? new[] { install, joined } : [joined, install];
            var answers = await Task.WhenAll(pair.Select(a => bot.SendAsync(a)));
            Assert.All(answers, a => a.EnsureSuccessStatusCode());
        }

        foreach (var person in people)
        {
            var hello = Assert.Single(Greetings(before, person));
            Assert.Contains("log call ", hello, StringComparison.Ordinal);
            Assert.Contains("never appear in your practice's channel", hello, StringComparison.Ordinal);
            Assert.Contains("Type help", hello, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PersonalInstall_EventsAgainLaterAndAfterARestart_NotGreetedAgain()
    {
        var jo = new FakeMember("29:hello-again", "Jo Again");
        var install = TeamsActivities.PersonalInstall(bot.ServiceUrl, jo);
        var joined = TeamsActivities.PersonalBotAdded(bot.ServiceUrl, jo);
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(install);
        await bot.SendAsync(joined);
        await bot.SendAsync(joined);
        await bot.SendAsync(TeamsActivities.WithNewId(joined));
        await bot.RestartAsync();
        await bot.SendAsync(TeamsActivities.WithNewId(install));
        await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, jo, "help"));

        Assert.Single(Greetings(before, jo));
    }

    [Fact]
    public async Task PersonalInstall_RemovedAndAddedAgain_GreetedAgainOnce()
    {
        var max = new FakeMember("29:hello-back", "Max Back");
        var before = bot.Connector.Calls.Count;
        await Task.WhenAll(bot.SendAsync(TeamsActivities.PersonalInstall(bot.ServiceUrl, max)), bot.SendAsync(TeamsActivities.PersonalBotAdded(bot.ServiceUrl, max)));

        await bot.SendAsync(TeamsActivities.PersonalInstall(bot.ServiceUrl, max, action: "remove"));
        await Task.WhenAll(bot.SendAsync(TeamsActivities.PersonalBotAdded(bot.ServiceUrl, max)), bot.SendAsync(TeamsActivities.PersonalInstall(bot.ServiceUrl, max)));

        Assert.Equal(2, Greetings(before, max).Count);
    }

    [Fact]
    public async Task PersonalMessage_WithoutAnInstallEvent_AnsweredWithoutTheGreeting()
    {
        var kim = new FakeMember("29:hello-message", "Kim Message");
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, kim, "my entries"));

        Assert.Contains(bot.CallsSince(before), c => c.IsNewPost && c.ConversationId == "a:chat-with-" + kim.Id);
        Assert.Empty(Greetings(before, kim));
    }

    private List<string> Greetings(int before, FakeMember person) => bot.CallsSince(before)
        .Where(c => c.IsNewPost && c.ConversationId == "a:chat-with-" + person.Id && c.Text?.StartsWith("Hello, I'm CutoverBot", StringComparison.Ordinal) == true)
        .Select(c => c.Text!).ToList();
}

public sealed class PersonalWelcomeTestsOnLiteDb(BotFixture bot) : PersonalWelcomeTests<BotFixture>(bot);

public sealed class PersonalWelcomeTestsOnPostgreSql(PostgresBotFixture bot) : PersonalWelcomeTests<PostgresBotFixture>(bot);
