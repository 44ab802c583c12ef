using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Checklist;

/// <summary>
/// What the checklist card gives a practice on the days that matter most: during cutover, the day's routine to tick
/// for that day; on go-live day, the re-entry work with how many entries are still to re-enter (counts only).
/// </summary>
public abstract class CutoverAndGoLiveDayCardTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private DateOnly Today => LondonTime.Today(bot.Time);

    private async Task<TickPractice> PracticeAsync(string key, string setup)
    {
        var p = new TickPractice(bot, $"19:days-{key}@thread.tacv2", new FakeMember($"29:days-{key}-maria", "Maria Manager"), new FakeMember($"29:days-{key}-sam", "Sam Reception"));
        await PracticeSetup.InstallAsync(bot, p.TeamId, "Riverside Surgery", p.Maria, p.Sam);
        await ChecklistHost.SendAsync(bot, p.Channel(p.Maria, setup));
        return p;
    }

    [Fact]
    public async Task Checklist_CutoverDay_DailyRoutineTickedOnTheCardAndByTyping()
    {
        // Tue 10 March 2026 is cutover day 1 of 3.
        var p = await PracticeAsync("cutover", "setup FDP 09/03/2026 go-live 13/03/2026");
        p.TaskId = "daily-results";

        var shown = await ChecklistHost.SendAsync(bot, ChecklistHost.HtmlChannelMessage(bot, p.TeamId, p.Sam, "checklist"));
        var clicked = await ChecklistHost.SendAsync(bot, TeamsActivities.ExecuteAction(p.Channel(p.Sam), "checklist.toggle", p.Click(Today, "tick"), "checklist-1"));
        var typed = await ChecklistHost.SendAsync(bot, ChecklistHost.HtmlChannelMessage(bot, p.TeamId, p.Maria, "done daily-prescriptions"));
        var again = await ChecklistHost.SendAsync(bot, ChecklistHost.HtmlChannelMessage(bot, p.TeamId, p.Sam, "checklist"));

        Assert.Contains("Daily routine: 0 of 6 done", shown.ReplyCard, StringComparison.Ordinal);
        Assert.Contains("⬜ Review and log today's paper results", shown.ReplyCard, StringComparison.Ordinal);
        Assert.Contains("⬜ Batch today's prescription requests", shown.ReplyCard, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing new is due today", shown.ReplyCard, StringComparison.Ordinal);
        Assert.Contains("Daily routine: 1 of 6 done", clicked.AnswerCard, StringComparison.Ordinal);
        Assert.Contains("✅ Review and log today's paper results", clicked.AnswerCard, StringComparison.Ordinal);
        Assert.Contains(typed.Calls, c => c.Text?.StartsWith("Ticked daily-prescriptions (Batch today's prescription requests) for today, by Maria Manager", StringComparison.Ordinal) == true);
        Assert.Contains("Daily routine: 2 of 6 done", again.ReplyCard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_GoLiveDay_ShowsReentryHeldRegistrationsRepeatsAndBowelScreeningWithLiveCounts()
    {
        // Go-live is today, Tue 10 March 2026.
        var p = await PracticeAsync("golive", "setup FDP 05/03/2026 go-live 10/03/2026");
        foreach (var text in new[]
        {
            "new reg Tomasz Nowak dob 22 Aug 1990 moved from Leeds, GMS1 in tray",
            "prescription request Margaret Evans 14/02/1948 repeat inhaler",
            "log call Derek Fox 11/11/1944 wants to know if his bloods are back",
        })
            await ChecklistHost.SendAsync(bot, TeamsActivities.PersonalMessage(bot.ServiceUrl, p.Sam, text));

        var before = await ChecklistHost.SendAsync(bot, ChecklistHost.HtmlChannelMessage(bot, p.TeamId, p.Maria, "checklist"));
        await ChecklistHost.SendAsync(bot, TeamsActivities.PersonalMessage(bot.ServiceUrl, p.Sam, "reentered all"));
        var after = await ChecklistHost.SendAsync(bot, ChecklistHost.HtmlChannelMessage(bot, p.TeamId, p.Maria, "checklist"));

        var card = before.ReplyCard;
        Assert.Contains("Go-live day · Tuesday 10 March 2026", card, StringComparison.Ordinal);
        Assert.Contains("⬜ Start re-entering what was logged", card, StringComparison.Ordinal);
        Assert.Contains("done reenter-logged · Still to re-enter: 3 entries", card, StringComparison.Ordinal);
        Assert.Contains("⬜ Register held patients", card, StringComparison.Ordinal);
        Assert.Contains("done register-held · Still to re-enter: 1 entry", card, StringComparison.Ordinal);
        Assert.Contains("⬜ Cancel and re-issue outstanding repeats", card, StringComparison.Ordinal);
        Assert.Contains("done reissue-repeats · Still to re-enter: 1 entry", card, StringComparison.Ordinal);
        Assert.Contains("⬜ Ask bowel screening to resend", card, StringComparison.Ordinal);
        foreach (var secret in new[] { "Nowak", "Margaret", "Derek", "1990", "1948", "inhaler" })
            Assert.DoesNotContain(secret, card, StringComparison.Ordinal);
        Assert.Contains("done reenter-logged · Nothing left to re-enter", after.ReplyCard, StringComparison.Ordinal);
    }
}

public sealed class CutoverAndGoLiveDayCardTestsOnLiteDb(BotFixture bot) : CutoverAndGoLiveDayCardTests<BotFixture>(bot);

public sealed class CutoverAndGoLiveDayCardTestsOnPostgreSql(PostgresBotFixture bot) : CutoverAndGoLiveDayCardTests<PostgresBotFixture>(bot);
