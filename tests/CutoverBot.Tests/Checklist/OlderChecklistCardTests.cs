using CutoverBot.Core.Checklist;
using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Checklist;

/// <summary>
/// A tick on yesterday's card, still in the channel, keeps that card on its own day with the tick showing, while
/// today's morning card follows; a forged day is answered with a clear message, never an error page.
/// </summary>
public abstract class OlderChecklistCardTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string Toggle = "checklist.toggle";

    private DateOnly Today => LondonTime.Today(bot.Time);

    /// <summary>A practice whose FDP was yesterday (Mon 9 March 2026), set up a week ago, with both mornings' cards posted.</summary>
    private async Task<TickPractice> PracticeAsync(string key)
    {
        var p = new TickPractice(bot, $"19:older-{key}@thread.tacv2", new FakeMember($"29:older-{key}-maria", "Maria Manager"), new FakeMember($"29:older-{key}-sam", "Sam Reception"));
        await PracticeSetup.InstallAsync(bot, p.TeamId, "Riverside Surgery", p.Maria, p.Sam);
        await ChecklistHost.SendAsync(bot, p.Channel(p.Maria, "setup FDP 09/03/2026 go-live 13/03/2026"));
        ChecklistHost.SetUpDaysAgo(bot, p.TeamId, 7);
        ChecklistHost.SeedPost(bot, p.TeamId, Today.AddDays(-1), "yesterday-" + key);
        ChecklistHost.SeedPost(bot, p.TeamId, Today, "today-" + key);
        return p;
    }

    [Fact]
    public async Task Toggle_OnYesterdaysCard_ThatCardKeepsItsDayAndShowsTheTickAndTodaysCardFollows()
    {
        var p = await PracticeAsync("one-off");
        p.TaskId = "fdp-logoff";

        var turn = await ChecklistHost.SendAsync(bot, TeamsActivities.ExecuteAction(p.Channel(p.Sam), Toggle, p.Click(Today.AddDays(-1), "tick"), "yesterday-one-off"));

        foreach (var card in new[] { turn.AnswerCard, turn.Put("yesterday-one-off") })
        {
            Assert.Contains("This is the list for Monday 9 March 2026", card, StringComparison.Ordinal);
            Assert.Contains("FDP day · Monday 9 March 2026", card, StringComparison.Ordinal);
            Assert.Contains("✅ Log off for the extraction", card, StringComparison.Ordinal);
            Assert.Contains("Done: ticked by Sam Reception on Tue 10 Mar at ", card, StringComparison.Ordinal);
            Assert.Contains("\"date\":\"2026-03-09\"", card, StringComparison.Ordinal);
            Assert.DoesNotContain("\"date\":\"2026-03-10\"", card, StringComparison.Ordinal);
        }
        var today = turn.Put("today-one-off");
        Assert.Contains("Cutover day 1 of 3 · Tuesday 10 March 2026", today, StringComparison.Ordinal);
        Assert.Contains("✅ Log off for the extraction", today, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toggle_YesterdaysDailyRound_ShowsOnYesterdaysCardOnlyAndTodaysRoundStaysOpen()
    {
        var p = await PracticeAsync("daily");
        p.TaskId = "daily-results";

        var turn = await ChecklistHost.SendAsync(bot, TeamsActivities.ExecuteAction(p.Channel(p.Sam), Toggle, p.Click(Today.AddDays(-1), "tick"), "yesterday-daily"));
        var typed = await ChecklistHost.SendAsync(bot, ChecklistHost.HtmlChannelMessage(bot, p.TeamId, p.Maria, "checklist"));

        var yesterday = turn.Put("yesterday-daily");
        Assert.Contains("Daily routine: 1 of 6 done", yesterday, StringComparison.Ordinal);
        Assert.Contains("✅ Review and log today's paper results", yesterday, StringComparison.Ordinal);
        Assert.Contains("Done: ticked by Sam Reception on Tue 10 Mar at ", yesterday, StringComparison.Ordinal);
        Assert.Equal(yesterday, turn.AnswerCard);
        // Today's card does not change: it has its own round of the paper results, still to do.
        Assert.DoesNotContain(turn.Calls, c => c.Method == "PUT" && c.ActivityId == "today-daily");
        Assert.Contains("Daily routine: 0 of 6 done", typed.ReplyCard, StringComparison.Ordinal);
        Assert.Contains("⬜ Review and log today's paper results", typed.ReplyCard, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-03-11")]
    [InlineData("2026-03-01")]
    [InlineData("2025-10-01")]
    [InlineData("09/03/2026")]
    [InlineData("")]
    public async Task Toggle_ForgedDay_ClearMessageAndNothingTicked(string day)
    {
        var p = await PracticeAsync("forged-" + day.Replace("/", "", StringComparison.Ordinal));
        p.TaskId = "fdp-logoff";
        var click = p.Click(Today, "tick");
        click["date"] = day;

        var turn = await ChecklistHost.SendAsync(bot, TeamsActivities.ExecuteAction(p.Channel(p.Sam), Toggle, click, "yesterday-forged"));

        Assert.Equal(400, turn.Answer!["statusCode"]!.GetValue<int>());
        Assert.Equal("That checklist button is damaged or out of date. Type checklist for today's list.", turn.Answer["value"]!["message"]!.GetValue<string>());
        Assert.DoesNotContain(turn.Calls, c => c.Method == "PUT");
        Assert.Null(bot.Service<IChecklistTickStore>().Find(p.TeamId, "fdp-logoff"));
    }

    [Fact]
    public async Task Toggle_DayAsANumber_ClearMessageNotAServerError()
    {
        var p = await PracticeAsync("number");
        p.TaskId = "fdp-logoff";
        var click = p.Click(Today, "tick");
        click["date"] = JsonValue.Create(20260309);

        var turn = await ChecklistHost.SendAsync(bot, TeamsActivities.ExecuteAction(p.Channel(p.Sam), Toggle, click, "yesterday-number"));

        Assert.Equal(400, turn.Answer!["statusCode"]!.GetValue<int>());
        Assert.Null(bot.Service<IChecklistTickStore>().Find(p.TeamId, "fdp-logoff"));
    }
}

public sealed class OlderChecklistCardTestsOnLiteDb(BotFixture bot) : OlderChecklistCardTests<BotFixture>(bot);

public sealed class OlderChecklistCardTestsOnPostgreSql(PostgresBotFixture bot) : OlderChecklistCardTests<PostgresBotFixture>(bot);
