using System.Text.Json.Nodes;
using CutoverBot.Bot.Posts;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.GoLive;

/// <summary>The go-live card in the channel, each person's own view behind it, and confirmations moving its progress.</summary>
public abstract class GoLiveChannelCardTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    [Fact]
    public async Task Summary_InChannelAfterGoLive_CountsMentionsRefreshAndNoPatientDetails()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "summary");
        var before = bot.Connector.Calls.Count;

        await GoLiveScenario.Send(bot, s.Channel(s.Sam, "summary"));

        var posted = s.ChannelCalls(bot.CallsSince(before)).Single(c => c.Card is not null);
        var card = posted.Card!;
        var json = card.ToJsonString();
        Assert.Contains("0 of 5 re-entered or not needed; 5 still to re-enter.", json, StringComparison.Ordinal);
        var mentioned = card["msteams"]!["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(new HashSet<string> { s.Maria.Id, s.Sam.Id, s.Priya.Id }, mentioned);
        var refresh = card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).ToHashSet();
        Assert.Equal(new HashSet<string> { s.Maria.Id, s.Sam.Id, s.Priya.Id }, refresh);
        Assert.Equal("reentry.view", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Single(bot.Service<IGoLivePostStore>().Recent(s.TeamId));
        foreach (var call in s.ChannelCalls(bot.Connector.Calls)) GoLiveScenario.AssertNoPatientValues(GoLiveScenario.Visible(call));
    }

    [Fact]
    public async Task ReentryView_RefreshAndGuest_EachSeesOnlyTheirOwnAndNothingIsPosted()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "views");
        await GoLiveScenario.Send(bot, s.Channel(s.Sam, "summary"));
        var postId = bot.Service<IGoLivePostStore>().Recent(s.TeamId).Single().ActivityId;
        var data = new JsonObject { ["practiceId"] = s.TeamId };
        var before = bot.Connector.Calls.Count;

        var sams = await s.InvokeAsync(TeamsActivities.RefreshAction(s.Channel(s.Sam), "reentry.view", data, postId));
        var priyas = await s.InvokeAsync(TeamsActivities.RefreshAction(s.Channel(s.Priya), "reentry.view", data, postId));
        var marias = await s.InvokeAsync(TeamsActivities.RefreshAction(s.Channel(s.Maria), "reentry.view", data, postId));
        var garys = await s.InvokeAsync(TeamsActivities.ExecuteAction(s.Channel(s.Gary), "reentry.view", data, postId));

        Assert.Contains("Margaret Evans", sams.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Tomasz Nowak", sams.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sarah Jones", sams.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Edna Price", sams.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Sarah Jones", priyas.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Margaret", priyas.ToJsonString(), StringComparison.Ordinal);
        foreach (var name in new[] { "Margaret Evans", "Tomasz Nowak", "Sarah Jones", "Alan Reid", "Edna Price" })
            Assert.Contains(name, marias.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(200, garys["statusCode"]!.GetValue<int>());
        GoLiveScenario.AssertNoPatientValues(garys.ToJsonString());
        Assert.DoesNotContain(bot.CallsSince(before), c => c.Method == "PUT");
    }

    [Fact]
    public async Task Confirmations_FromChannelCard_RecordWhoAndWhenAndPutProgressWithoutPatientDetails()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "confirm");
        await GoLiveScenario.Send(bot, s.Channel(s.Sam, "summary"));
        var postId = bot.Service<IGoLivePostStore>().Recent(s.TeamId).Single().ActivityId;
        var samsCall = s.EntriesOf(s.Sam)[0];
        var (priyasPath, priyasPrescription) = (s.EntriesOf(s.Priya)[0], s.EntriesOf(s.Priya)[1]);

        var confirmed = await ClickAsync(s, s.Sam, "reentry.confirm", samsCall.Id, postId);
        Assert.Equal(200, confirmed.Answer["statusCode"]!.GetValue<int>());
        Assert.Contains("Tomasz Nowak", confirmed.Answer.ToJsonString(), StringComparison.Ordinal);
        var stored = s.Entry(samsCall.Id);
        Assert.Equal(EntryStatus.Reentered, stored.Status);
        Assert.Equal(s.Sam.Id, stored.ReenteredById);
        Assert.Equal(bot.Time.GetUtcNow(), stored.ReenteredAt);
        AssertSharedPut(s, confirmed.Calls, postId, "1 of 5 re-entered or not needed");

        var noReason = await ClickAsync(s, s.Priya, "reentry.notNeeded", priyasPath.Id, postId);
        Assert.Equal(400, noReason.Answer["statusCode"]!.GetValue<int>());
        Assert.Equal(EntryStatus.Pending, s.Entry(priyasPath.Id).Status);

        var notNeeded = await ClickAsync(s, s.Priya, "reentry.notNeeded", priyasPath.Id, postId, ("reason", "Duplicate of a result already in the new system"));
        Assert.Equal(EntryStatus.NotNeeded, s.Entry(priyasPath.Id).Status);
        Assert.Equal("Duplicate of a result already in the new system", s.Entry(priyasPath.Id).Patient.NotNeededReason);
        AssertSharedPut(s, notNeeded.Calls, postId, "2 of 5 re-entered or not needed");

        var all = await ClickAsync(s, s.Priya, "reentry.confirmAll", null, postId);
        Assert.Equal(EntryStatus.Reentered, s.Entry(priyasPrescription.Id).Status);
        Assert.Equal(s.Priya.Id, s.Entry(priyasPrescription.Id).ReenteredById);
        AssertSharedPut(s, all.Calls, postId, "3 of 5 re-entered or not needed");

        var managerView = await s.InvokeAsync(TeamsActivities.ExecuteAction(s.Channel(s.Maria), "reentry.view", new JsonObject { ["practiceId"] = s.TeamId }, postId));
        Assert.Contains("Tomasz Nowak", managerView.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Edna Price", managerView.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Alan Reid", managerView.ToJsonString(), StringComparison.Ordinal);
        foreach (var call in s.ChannelCalls(bot.Connector.Calls)) GoLiveScenario.AssertNoPatientValues(GoLiveScenario.Visible(call));
    }

    [Fact]
    public async Task Confirmations_InPersonalChat_UpdateTheChannelsGoLiveCard()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "personal");
        await GoLiveScenario.Send(bot, s.Channel(s.Priya, "summary"));
        var post = bot.Service<IGoLivePostStore>().Recent(s.TeamId).Single();
        var samsReg = s.EntriesOf(s.Sam)[1];
        s.Pause();
        var before = bot.Connector.Calls.Count;

        await GoLiveScenario.Send(bot, s.Personal(s.Sam, "reentered " + samsReg.Reference));

        Assert.Equal(EntryStatus.Reentered, s.Entry(samsReg.Id).Status);
        AssertSharedPut(s, bot.CallsSince(before), post.ActivityId, "1 of 5 re-entered or not needed");
        s.Pause();
        before = bot.Connector.Calls.Count;

        var answer = await s.InvokeAsync(TeamsActivities.ExecuteAction(s.Personal(s.Maria), "reentry.confirmAll", new JsonObject { ["practiceId"] = s.TeamId }, "personal-view-1"));

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Equal(EntryStatus.Reentered, s.EntriesOf(s.Maria).Single().Status);
        // The manager's own view in personal chat: everyone's still to re-enter, with details (Maria's own is done now).
        Assert.Contains("Margaret Evans", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Edna Price", answer.ToJsonString(), StringComparison.Ordinal);
        var calls = bot.CallsSince(before);
        AssertSharedPut(s, calls, post.ActivityId, "2 of 5 re-entered or not needed");
        Assert.DoesNotContain(calls, c => c.Method == "PUT" && c.ActivityId == "personal-view-1");
    }

    private async Task<(JsonNode Answer, IReadOnlyList<ConnectorCall> Calls)> ClickAsync(
        GoLiveScenario s, FakeMember who, string verb, Guid? entryId, string postId, params (string Key, string Value)[] inputs)
    {
        s.Pause();
        var before = bot.Connector.Calls.Count;
        var data = new JsonObject { ["practiceId"] = s.TeamId };
        if (entryId is { } id) data["entryId"] = id.ToString("D");
        foreach (var (key, value) in inputs) data[key] = value;
        var answer = await s.InvokeAsync(TeamsActivities.ExecuteAction(s.Channel(who), verb, data, postId));
        return (answer, bot.CallsSince(before));
    }

    [Fact]
    public async Task Confirmations_AfterTheScheduledGoLivePost_UpdateThatMorningCardInPlace()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "morning");
        var practice = bot.Service<IPracticeStore>().Find(s.TeamId)!;
        var key = new PostKey(s.TeamId, MorningPostKind.GoLiveChannel, practice.GoLiveDate!.Value);
        var postLog = bot.Service<IPostLogStore>();
        Assert.True(MorningClaim.TryClaim(bot, key));
        postLog.MarkSent(key, "golive-morning-1", practice.ChannelId, bot.Time.GetUtcNow());
        var samsReg = s.EntriesOf(s.Sam)[1];
        s.Pause();
        var before = bot.Connector.Calls.Count;

        await GoLiveScenario.Send(bot, s.Personal(s.Sam, "reentered " + samsReg.Reference));

        AssertSharedPut(s, bot.CallsSince(before), "golive-morning-1", "1 of 5 re-entered or not needed");
    }

    private static void AssertSharedPut(GoLiveScenario s, IEnumerable<ConnectorCall> calls, string postId, string progress)
    {
        var put = s.ChannelCalls(calls).Single(c => c.Method == "PUT" && c.ActivityId == postId);
        var json = put.Card!.ToJsonString();
        Assert.Contains(progress, json, StringComparison.Ordinal);
        Assert.DoesNotContain("reentry-view", json, StringComparison.Ordinal);
        GoLiveScenario.AssertNoPatientValues(GoLiveScenario.Visible(put));
    }
}

public sealed class GoLiveChannelCardTestsOnLiteDb(BotFixture bot) : GoLiveChannelCardTests<BotFixture>(bot);

public sealed class GoLiveChannelCardTestsOnPostgreSql(PostgresBotFixture bot) : GoLiveChannelCardTests<PostgresBotFixture>(bot);
