using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.GoLive;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>
/// Practice A's entries are never reachable from practice B, nor by someone on no practice's roster: typed references,
/// forged card data naming A's entry or A itself. Each attempt changes nothing, shows nothing and audits no view.
/// </summary>
public abstract class IsolationTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private sealed record World(GoLiveScenario A, string TeamB, FakeMember Bob, FakeMember Nobody)
    {
        public Entry Registration => A.EntriesOf(A.Sam)[1];
    }

    private async Task<World> CreateAsync(string key)
    {
        var a = await GoLiveScenario.CreateAsync(bot, "iso-" + key);
        var teamB = $"19:iso-b-{key}@thread.tacv2";
        var bob = new FakeMember($"29:{key}-bob", "Bob Hillside");
        await PracticeSetup.InstallAsync(bot, teamB, "Hillside Medical Centre", bob);
        await GoLiveScenario.Send(bot, TeamsActivities.ChannelMessage(bot.ServiceUrl, teamB, bob, "setup FDP 02/03/2026 go-live 09/03/2026", "Hillside Medical Centre"));
        await GoLiveScenario.Send(bot, TeamsActivities.PersonalMessage(bot.ServiceUrl, bob, "log call Alan Smith 01/01/1960 query about results"));
        var world = new World(a, teamB, bob, new FakeMember($"29:{key}-nobody", "Nat Nobody"));
        Assert.Equal("REG-0001", world.Registration.Reference);
        return world;
    }

    private static JsonObject BobChannel(BotFixture bot, World w, string text = "") =>
        TeamsActivities.ChannelMessage(bot.ServiceUrl, w.TeamB, w.Bob, text, "Hillside Medical Centre");

    /// <summary>Sends, then checks nothing of A's patients reached anyone and A's entries are as they were.</summary>
    private async Task<IReadOnlyList<ConnectorCall>> AttemptAsync(World w, JsonObject activity)
    {
        w.A.Pause();
        var before = bot.Connector.Calls.Count;
        var entriesBefore = System.Text.Json.JsonSerializer.Serialize(bot.Service<IEntryStore>().ForPractice(w.A.TeamId));
        var response = await bot.SendAsync(activity);

        // A refusal is an answer (a message, or an invoke body saying why), never an error status Teams would retry.
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var calls = bot.CallsSince(before);
        var answer = await response.Content.ReadAsStringAsync();
        GoLiveScenario.AssertNoPatientValues(answer + string.Join("\n", calls.Select(GoLiveScenario.Visible)));
        Assert.Equal(entriesBefore, System.Text.Json.JsonSerializer.Serialize(bot.Service<IEntryStore>().ForPractice(w.A.TeamId)));
        Assert.DoesNotContain(bot.Service<IAuditStore>().ForPractice(w.A.TeamId), r => r.UserId == w.Bob.Id || r.UserId == w.Nobody.Id);
        return calls;
    }

    [Theory]
    [InlineData("edit REG-0001")]
    [InlineData("delete REG-0001")]
    [InlineData("reentered REG-0001")]
    [InlineData("not needed REG-0001 moved away")]
    public async Task TypedReference_OtherPracticesUser_CannotFindIt(string text)
    {
        var w = await CreateAsync("typed-" + text.Split(' ')[0]);

        var inChannel = await AttemptAsync(w, BobChannel(bot, w, text));
        var inPersonal = await AttemptAsync(w, TeamsActivities.PersonalMessage(bot.ServiceUrl, w.Bob, text));

        Assert.Contains(inChannel.Concat(inPersonal), c => (c.Text ?? "").Contains("can't find REG-0001", StringComparison.Ordinal));
        Assert.Equal(EntryStatus.Pending, w.Registration.Status);
        Assert.False(w.Registration.Deleted);
    }

    [Theory]
    [InlineData("entry.complete")]
    [InlineData("entry.delete")]
    [InlineData("reentry.confirm")]
    [InlineData("reentry.notNeeded")]
    public async Task ForgedEntryId_OtherPracticesEntry_Refused(string verb)
    {
        var w = await CreateAsync("forged-" + verb);
        var forged = new JsonObject
        {
            ["entryId"] = w.Registration.Id.ToString(),
            ["patientName"] = "Forged Overwrite",
            ["reason"] = "forged",
        };

        foreach (var practiceId in new[] { w.A.TeamId, w.TeamB })
        {
            forged["practiceId"] = practiceId;
            var personal = TeamsActivities.PersonalMessage(bot.ServiceUrl, w.Bob, "");
            await AttemptAsync(w, TeamsActivities.ExecuteAction(personal, verb, forged));
            await AttemptAsync(w, TeamsActivities.ExecuteAction(BobChannel(bot, w), verb, forged));
        }
        Assert.NotEqual("Forged Overwrite", w.Registration.Patient.Name);
    }

    [Theory]
    [InlineData("reentry.view")]
    [InlineData("reentry.confirmAll")]
    [InlineData("golive.page")]
    [InlineData("practice.choose")]
    public async Task ForgedPracticeId_OtherPractice_RefusedWithNothingShown(string verb)
    {
        var w = await CreateAsync("practice-" + verb);
        var data = new JsonObject { ["practiceId"] = w.A.TeamId, ["section"] = "people", ["page"] = 1 };

        var answers = new List<string>();
        foreach (var source in new[] { TeamsActivities.PersonalMessage(bot.ServiceUrl, w.Bob, ""), BobChannel(bot, w), TeamsActivities.PersonalMessage(bot.ServiceUrl, w.Nobody, "") })
        {
            var response = await bot.SendAsync(TeamsActivities.ExecuteAction(source, verb, data));
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.All(answers, a => Assert.Equal(403, JsonNode.Parse(a)!["statusCode"]!.GetValue<int>()));
        await AttemptAsync(w, TeamsActivities.ExecuteAction(BobChannel(bot, w), verb, data));
    }

    [Theory]
    [InlineData("my entries")]
    [InlineData("edit REG-0001")]
    [InlineData("export")]
    [InlineData("summary")]
    [InlineData("reentered all")]
    public async Task PersonalChat_UserOnNoRoster_ShownNothingOfAnyPractice(string text)
    {
        var w = await CreateAsync("nobody-" + text.Replace(' ', '-'));

        var calls = await AttemptAsync(w, TeamsActivities.PersonalMessage(bot.ServiceUrl, w.Nobody, text));

        Assert.DoesNotContain(calls, c => (c.Text ?? "").Contains("Riverside", StringComparison.Ordinal) || (c.Card?.ToJsonString() ?? "").Contains("REG-0001", StringComparison.Ordinal));
    }
}

public sealed class IsolationTestsOnLiteDb(BotFixture bot) : IsolationTests<BotFixture>(bot);

public sealed class IsolationTestsOnPostgreSql(PostgresBotFixture bot) : IsolationTests<PostgresBotFixture>(bot);
