using System.Text.Json.Nodes;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Checklist;

/// <summary>
/// However a task is ticked (typed, or clicked on a card fetched on demand or on yesterday's), the checklist card the
/// scheduler posted in the channel this morning shows it, so everyone sees the same ticks.
/// </summary>
public abstract class MorningChecklistRefreshTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string MorningId = "checklist-morning-1";
    private const string Toggle = "checklist.toggle";

    [Fact]
    public async Task Done_TypedInChannel_PutsTodaysMorningCardShowingWhoTickedIt()
    {
        var p = await PracticeAsync("done-channel");
        SeedPost(p, Today, MorningId);

        var calls = await SendAsync(p.Channel(p.Sam, "done " + p.TaskId));

        Assert.NotNull(bot.Service<IChecklistTickStore>().Find(p.TeamId, p.TaskId));
        var put = MorningPut(calls, MorningId);
        Assert.Contains("ticked by Sam Reception", put, StringComparison.Ordinal);
        Assert.Contains(p.TaskId, put, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Untick_TypedAfterDone_PutsTheMorningCardWithTheTickGone()
    {
        var p = await PracticeAsync("untick");
        SeedPost(p, Today, MorningId);
        await SendAsync(p.Channel(p.Sam, "done " + p.TaskId));

        var calls = await SendAsync(p.Channel(p.Maria, "untick " + p.TaskId));

        Assert.Null(bot.Service<IChecklistTickStore>().Find(p.TeamId, p.TaskId));
        Assert.DoesNotContain("ticked by", MorningPut(calls, MorningId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_TypedInPersonalChat_PutsTheChannelsMorningCard()
    {
        var p = await PracticeAsync("done-personal");
        SeedPost(p, Today, MorningId);

        var calls = await SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, p.Sam, "done " + p.TaskId));

        Assert.Contains("ticked by Sam Reception", MorningPut(calls, MorningId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toggle_OnAnOnDemandCard_PutsTheMorningPostToo()
    {
        var p = await PracticeAsync("on-demand");
        SeedPost(p, Today, MorningId);

        var calls = await SendAsync(TeamsActivities.ExecuteAction(p.Channel(p.Sam), Toggle, p.Click(Today, "tick"), "on-demand-1"));

        Assert.Contains("ticked by Sam Reception", MorningPut(calls, MorningId), StringComparison.Ordinal);
        Assert.Single(calls, c => c.Method == "PUT" && c.ActivityId == "on-demand-1");
    }

    [Fact]
    public async Task Toggle_OnTheMorningCardItself_UpdatedOnceNotTwice()
    {
        var p = await PracticeAsync("clicked");
        SeedPost(p, Today, MorningId);

        var calls = await SendAsync(TeamsActivities.ExecuteAction(p.Channel(p.Sam), Toggle, p.Click(Today, "tick"), MorningId));

        Assert.Contains("ticked by Sam Reception", MorningPut(calls, MorningId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toggle_OnYesterdaysSupersededCard_TodaysMorningCardShowsTheTick()
    {
        var p = await PracticeAsync("yesterday");
        SeedPost(p, Today.AddDays(-1), "checklist-yesterday-1");
        SeedPost(p, Today, MorningId);

        var calls = await SendAsync(TeamsActivities.ExecuteAction(p.Channel(p.Sam), Toggle, p.Click(Today.AddDays(-1), "tick"), "checklist-yesterday-1"));

        Assert.Contains("ticked by Sam Reception", MorningPut(calls, MorningId), StringComparison.Ordinal);
        Assert.Single(calls, c => c.Method == "PUT" && c.ActivityId == "checklist-yesterday-1");
    }

    [Theory]
    [InlineData(MorningId, 1)]
    [InlineData("on-demand-2", 2)]
    public async Task Toggle_SubmitFallback_MorningCardUpdatedOnceWhicheverCopyWasClicked(string clicked, int puts)
    {
        var p = await PracticeAsync("submit-" + puts);
        SeedPost(p, Today, MorningId);
        var submit = p.Channel(p.Sam);
        submit.Remove("text");
        submit.Remove("entities");
        submit["replyToId"] = clicked;
        var value = p.Click(Today, "tick");
        value["verb"] = Toggle;
        submit["value"] = value;

        var calls = await SendAsync(submit);

        Assert.Contains("ticked by Sam Reception", MorningPut(calls, MorningId), StringComparison.Ordinal);
        Assert.Equal(puts, calls.Count(c => c.Method == "PUT"));
    }

    [Fact]
    public async Task Done_NoMorningPostToday_TicksWithoutAnyUpdateOrWarning()
    {
        var p = await PracticeAsync("no-post");
        SeedPost(p, Today.AddDays(-1), "checklist-yesterday-2");
        var logsBefore = bot.Logs.Lines.Count;

        var calls = await SendAsync(p.Channel(p.Sam, "done " + p.TaskId));

        Assert.NotNull(bot.Service<IChecklistTickStore>().Find(p.TeamId, p.TaskId));
        Assert.Contains(calls, c => c.Text?.Contains("Ticked " + p.TaskId, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(calls, c => c.Method == "PUT");
        Assert.DoesNotContain(bot.Logs.Lines.Skip(logsBefore), l => l.Contains("checklist card", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Done_MorningCardUpdateFails_TickStandsReplySentAndOnlyIdsLogged()
    {
        var p = await PracticeAsync("put-fails");
        var brokenThread = p.TeamId + "-broken";
        SeedPost(p, Today, MorningId, brokenThread);
        bot.Connector.FailPostsTo(brokenThread);
        var logsBefore = bot.Logs.Lines.Count;

        var calls = await SendAsync(p.Channel(p.Sam, "done " + p.TaskId));

        Assert.NotNull(bot.Service<IChecklistTickStore>().Find(p.TeamId, p.TaskId));
        Assert.Contains(calls, c => c.Text?.Contains("Ticked " + p.TaskId, StringComparison.Ordinal) == true);
        Assert.Contains(calls, c => c.Method == "PUT" && c.ActivityId == MorningId);
        var warning = Assert.Single(bot.Logs.Lines.Skip(logsBefore), l => l.Contains("today's checklist card", StringComparison.Ordinal));
        Assert.Contains(p.TeamId, warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", warning, StringComparison.Ordinal);
    }

    private DateOnly Today => LondonTime.Today(bot.Time);

    private async Task<IReadOnlyList<ConnectorCall>> SendAsync(JsonObject activity)
    {
        // Move the fake clock on so Teams' per-conversation pacing never waits on it.
        bot.Time.Advance(TimeSpan.FromSeconds(5));
        var before = bot.Connector.Calls.Count;
        (await bot.SendAsync(activity)).EnsureSuccessStatusCode();
        return bot.CallsSince(before);
    }

    /// <summary>The one update of the morning post, as the card's JSON.</summary>
    private static string MorningPut(IEnumerable<ConnectorCall> calls, string activityId) =>
        calls.Single(c => c.Method == "PUT" && c.ActivityId == activityId).Card!.ToJsonString();

    /// <summary>Records a channel checklist post as if the scheduler had sent it that morning.</summary>
    private void SeedPost(TickPractice p, DateOnly date, string activityId, string? conversationId = null)
    {
        var key = new PostKey(p.TeamId, MorningPostKind.ChannelChecklist, date);
        var postLog = bot.Service<IPostLogStore>();
        Assert.True(MorningClaim.TryClaim(bot, key));
        postLog.MarkSent(key, activityId, conversationId ?? bot.Service<IPracticeStore>().Find(p.TeamId)!.ChannelId, bot.Time.GetUtcNow());
    }

    /// <summary>
    /// A practice two days before FDP (set up by typing, a week ago, so it has had yesterday's card), and a task on
    /// today's card that is also on yesterday's.
    /// </summary>
    private async Task<TickPractice> PracticeAsync(string key)
    {
        var p = new TickPractice(bot, $"19:ticks-{key}@thread.tacv2", new FakeMember($"29:{key}-maria", "Maria Manager"), new FakeMember($"29:{key}-sam", "Sam Reception"));
        await PracticeSetup.InstallAsync(bot, p.TeamId, "Riverside Surgery", p.Maria, p.Sam);
        // Fixture clock: Tue 10 March 2026, after the 08:00 morning post.
        await SendAsync(p.Channel(p.Maria, "setup FDP 12/03/2026 go-live 19/03/2026"));
        var practices = bot.Service<IPracticeStore>();
        var practice = practices.Find(p.TeamId)!;
        practice.SetUpOn = Today.AddDays(-7);
        practices.Upsert(practice);
        var planner = bot.Service<MorningPostPlanner>();
        var yesterdays = ((ChecklistCardData)planner.BuildChannelCard(practice, Today.AddDays(-1), superseded: false).Data).Today.Select(r => r.TaskId);
        var todays = (ChecklistCardData)planner.BuildChannelCard(practice, Today, superseded: false).Data;
        p.TaskId = todays.Today.Concat(todays.Overdue).Select(r => r.TaskId).First(yesterdays.Contains);
        return p;
    }
}

public sealed class MorningChecklistRefreshTestsOnLiteDb(BotFixture bot) : MorningChecklistRefreshTests<BotFixture>(bot);

public sealed class MorningChecklistRefreshTestsOnPostgreSql(PostgresBotFixture bot) : MorningChecklistRefreshTests<PostgresBotFixture>(bot);
