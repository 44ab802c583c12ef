using System.Text.Json.Nodes;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Checklist;

/// <summary>
/// A practice that sets up in the middle of cutover reads a short confirmation, and finds the tasks whose dates had
/// passed on the checklist card, folded to a count, a page at a time, tickable there.
/// </summary>
public abstract class LateSetupChecklistTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string TeamId = "19:late-setup@thread.tacv2";
    private static readonly FakeMember Maria = new("29:late-maria", "Maria Manager");
    private static readonly FakeMember Sam = new("29:late-sam", "Sam Reception");

    private DateOnly Today => LondonTime.Today(bot.Time);

    [Fact]
    public async Task SetupCard_DatesAlreadyPassed_ConfirmsInLinesAndPutsEarlierTasksOnTheChecklistCard()
    {
        await PracticeSetup.InstallAsync(bot, TeamId, "Riverside Surgery", Maria, Sam);
        var channel = TeamsActivities.ChannelMessage(bot.ServiceUrl, TeamId, Maria, "");

        // FDP was last Thursday: today, Tue 10 March 2026, is cutover day 5 of 6.
        var saved = await ChecklistHost.SendAsync(bot, TeamsActivities.ExecuteAction(channel, "setup.submit", new JsonObject
        {
            ["practiceName"] = "Riverside Surgery", ["fdpDate"] = "2026-03-05", ["goLiveDate"] = "2026-03-12", ["dispensing"] = "false",
            ["morningPostTime"] = "08:00", ["managerId"] = "me", ["form"] = "setup",
        }, "setup-card-1"));

        var practice = bot.Service<IPracticeStore>().Find(TeamId)!;
        var expected = bot.Service<MorningPostPlanner>().BuildChannelCard(practice, Today, superseded: false);
        var n = CountOf(expected);
        Assert.True(n > 20, $"{n} earlier tasks");
        var confirmation = saved.AnswerCard;
        Assert.Contains("\"text\":\"Setup saved for Riverside Surgery.\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"FDP\",\"value\":\"Thursday 5 March 2026\"}", confirmation, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Go-live\",\"value\":\"Thursday 12 March 2026\"}", confirmation, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Today\",\"value\":\"Cutover day 5 of 6\"}", confirmation, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Morning post\",\"value\":\"08:00 UK time, in ", confirmation, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Practice manager\",\"value\":\"Maria Manager\"}", confirmation, StringComparison.Ordinal);
        Assert.Contains($"{n} earlier tasks are still open", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("planning-meeting", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("\"color\":\"good\"", confirmation, StringComparison.Ordinal);

        var typed = await ChecklistHost.SendAsync(bot, ChecklistHost.HtmlChannelMessage(bot, TeamId, Sam, "checklist"));

        var card = typed.ReplyCard;
        Assert.Contains($"Earlier tasks still open: {n}", card, StringComparison.Ordinal);
        Assert.Contains($"\"title\":\"Show the {n} tasks\"", card, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"earlierList\",\"isVisible\":false", card, StringComparison.Ordinal);
        Assert.Contains("⬜ " + ((ChecklistCardData)expected.Data).Earlier.Rows[0].Title, card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"checklist.earlier\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EarlierTasks_NextPageThenTick_TheTickShowsOnThatPageAndTheCountDrops()
    {
        var teamId = "19:late-paging@thread.tacv2";
        var sam = new FakeMember("29:late-paging-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Riverside Surgery", new FakeMember("29:late-paging-maria", "Maria Manager"), sam);
        var channel = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "");
        await ChecklistHost.SendAsync(bot, TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "setup FDP 05/03/2026 go-live 12/03/2026"));
        var practice = bot.Service<IPracticeStore>().Find(teamId)!;
        var pageTwo = (ChecklistCardData)bot.Service<MorningPostPlanner>().BuildChannelCard(practice, Today, superseded: false, 2).Data;
        var n = CountOf(bot.Service<MorningPostPlanner>().BuildChannelCard(practice, Today, superseded: false));
        var task = pageTwo.Earlier.Rows[1];
        var day = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var next = await ChecklistHost.SendAsync(bot, TeamsActivities.ExecuteAction(channel, "checklist.earlier", new JsonObject { ["date"] = day, ["page"] = "2" }, "checklist-copy-1"));
        var tick = await ChecklistHost.SendAsync(bot, TeamsActivities.ExecuteAction(channel, "checklist.toggle",
            new JsonObject { ["taskId"] = task.TaskId, ["date"] = day, ["act"] = "tick", ["page"] = "2" }, "checklist-copy-1"));

        Assert.Contains($"Tasks 11 to 20 of {n}", next.AnswerCard, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"earlierList\",\"isVisible\":true", next.AnswerCard, StringComparison.Ordinal);
        // Turning the page is the clicker's own view: the message in the channel stays as it was.
        Assert.DoesNotContain(next.Calls, c => c.Method == "PUT");
        foreach (var card in new[] { tick.AnswerCard, tick.Put("checklist-copy-1") })
        {
            Assert.Contains($"Earlier tasks still open: {n - 1}", card, StringComparison.Ordinal);
            Assert.Contains($"Tasks 11 to 20 of {n}", card, StringComparison.Ordinal);
            Assert.Contains($"✅ {task.Title}", card, StringComparison.Ordinal);
            Assert.Contains("Done: ticked by Sam Reception at ", card, StringComparison.Ordinal);
        }
        Assert.NotNull(bot.Service<IChecklistTickStore>().Find(teamId, task.TaskId));
    }

    // The number in "Earlier tasks still open: N".
    private static int CountOf(Core.Kernel.CardReply card) =>
        int.Parse(((ChecklistCardData)card.Data).Earlier.Heading.Split(": ")[1], System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class LateSetupChecklistTestsOnLiteDb(BotFixture bot) : LateSetupChecklistTests<BotFixture>(bot);

public sealed class LateSetupChecklistTestsOnPostgreSql(PostgresBotFixture bot) : LateSetupChecklistTests<PostgresBotFixture>(bot);
