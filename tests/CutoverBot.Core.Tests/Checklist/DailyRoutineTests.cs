using System.Text.Json;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>
/// From FDP to the day before go-live the card carries the guide's daily cutover work, each routine ticked for its own
/// day: ticking Wednesday's paper results leaves Thursday's open, so each shift sees what it has done.
/// </summary>
public sealed class DailyRoutineTests
{
    private static readonly DateOnly Wednesday = ChecklistHarness.Fdp.AddDays(1);
    private static readonly DateOnly Thursday = ChecklistHarness.Fdp.AddDays(2);

    private static ChecklistHarness Start(DateOnly today, int hour = 10)
    {
        var h = new ChecklistHarness();
        h.Save(ChecklistHarness.NewPractice());
        h.SetLondon(today, hour, 0);
        return h;
    }

    private static ChecklistToggleAction Toggle(ChecklistHarness h) => new(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Planner, h.Time);

    private static JsonElement Click(string taskId, DateOnly date, string act = "tick") =>
        JsonDocument.Parse($$"""{"taskId":"{{taskId}}","date":"{{date:yyyy-MM-dd}}","act":"{{act}}"}""").RootElement;

    private static ChecklistCardData Card(ChecklistHarness h, DateOnly date) =>
        (ChecklistCardData)h.Cards.Channel(h.Practices.Find(ChecklistHarness.PracticeId)!, date, superseded: false).Data;

    [Fact]
    public void Channel_CutoverDay_ShowsTheDailyRoutineToTickInsteadOfNothingDue()
    {
        using var h = Start(Wednesday);

        var card = h.Cards.Channel(h.Practices.Find(ChecklistHarness.PracticeId)!, Wednesday, superseded: false);
        var data = (ChecklistCardData)card.Data;
        var json = new CardRenderer().Render(card);

        Assert.True(data.HasDaily);
        Assert.Equal("Daily routine: 0 of 6 done", data.DailyHeading);
        Assert.Equal(["daily-calls", "daily-results", "daily-prescriptions", "daily-111-ooh", "daily-new-patients", "daily-paperwork"],
            data.Daily.Select(r => r.TaskId));
        Assert.All(data.Daily, r => Assert.Equal(("Tick", "2027-03-24", "Every day until Sun 28 Mar"), (r.ButtonTitle, r.Date, r.Due)));
        Assert.Equal("No one-off tasks today: just the daily routine above.", data.NothingToday);
        Assert.DoesNotContain("Nothing new is due today", json);
        Assert.Contains("Review and log today's paper results", json);
        Assert.Contains("Batch today's prescription requests", json);
    }

    [Fact]
    public void Toggle_WednesdaysRound_LeavesThursdaysOpen()
    {
        using var h = Start(Wednesday);

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Click("daily-results", Wednesday));
        h.SetLondon(Thursday, 9, 0);

        Assert.Equal(200, result.StatusCode);
        var wednesday = Card(h, Wednesday);
        Assert.Equal("Done: ticked by Sam Jones at 10:00", wednesday.Daily.Single(r => r.TaskId == "daily-results").Status);
        Assert.Equal("Daily routine: 1 of 6 done", wednesday.DailyHeading);
        var thursday = Card(h, Thursday);
        Assert.False(thursday.Daily.Single(r => r.TaskId == "daily-results").Done);
        Assert.Equal("Daily routine: 0 of 6 done", thursday.DailyHeading);
        // A round missed or done, it is never carried to the next day as overdue.
        Assert.DoesNotContain(thursday.Overdue, r => r.TaskId.StartsWith("daily-", StringComparison.Ordinal));
    }

    [Fact]
    public void Toggle_YesterdaysRoundOnYesterdaysCard_RecordedForThatDayAndTheCardKeepsItsDay()
    {
        using var h = Start(Thursday);

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Click("daily-results", Wednesday));

        var card = (ChecklistCardData)result.Card!.Data;
        Assert.Equal(("2027-03-24", "Wednesday 24 March 2027", true), (card.Date, card.DateText, card.Superseded));
        Assert.Equal("Done: ticked by Sam Jones on Thu 25 Mar at 10:00", card.Daily.Single(r => r.TaskId == "daily-results").Status);
        Assert.True(result.UpdateForEveryone);
        // Today's card does not show Wednesday's round, so it needs no redraw.
        Assert.Null(result.ChecklistChangedFor);
        Assert.False(Card(h, Thursday).Daily.Single(r => r.TaskId == "daily-results").Done);
        var audit = Assert.Single(h.Ticks.History(ChecklistHarness.PracticeId));
        Assert.Equal(("daily-results", Wednesday, true), (audit.TaskId, audit.Day!.Value, audit.Ticked));
    }

    [Fact]
    public void Toggle_TodaysRound_SignalsTodaysCard()
    {
        using var h = Start(Thursday);

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Click("daily-calls", Thursday));

        Assert.Equal(ChecklistHarness.PracticeId, result.ChecklistChangedFor);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-10)]
    public void Toggle_DailyTaskOnADayItDoesNotRun_RefusedWithoutTicking(int daysFromFdp)
    {
        using var h = Start(Thursday);
        var day = ChecklistHarness.Fdp.AddDays(daysFromFdp);

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Click("daily-results", day));

        Assert.Equal(400, result.StatusCode);
        Assert.Contains($"isn't part of the daily routine on {Core.Entries.UkFormat.ShortDate(day)}", result.Message);
        Assert.Empty(h.Ticks.History(ChecklistHarness.PracticeId));
    }

    [Fact]
    public void Done_DailyTask_TicksTodaysRoundOnly()
    {
        using var h = Start(Wednesday);
        var done = new DoneCommand(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Time);

        var first = done.Handle(ChecklistHarness.InPersonal(ChecklistHarness.Sam), "daily-prescriptions");
        var again = done.Handle(ChecklistHarness.InChannel(ChecklistHarness.Manager), "daily-prescriptions");

        Assert.Equal("Ticked daily-prescriptions (Batch today's prescription requests) for today, by Sam Jones at 10:00.", first.Messages.Single().Text);
        Assert.Equal("daily-prescriptions was already ticked today by Sam Jones at 10:00.", again.Messages.Single().Text);
        Assert.NotNull(h.Ticks.Find(ChecklistHarness.PracticeId, "daily-prescriptions", Wednesday));
        Assert.Null(h.Ticks.Find(ChecklistHarness.PracticeId, "daily-prescriptions"));
        h.SetLondon(Thursday, 9, 0);
        Assert.False(Card(h, Thursday).Daily.Single(r => r.TaskId == "daily-prescriptions").Done);
    }

    [Fact]
    public void Done_DailyTaskBeforeCutover_SaysItIsNotOnTodaysList()
    {
        using var h = Start(ChecklistHarness.Fdp.AddDays(-2));

        var reply = new DoneCommand(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Time).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), "daily-results");

        Assert.Contains("daily-results is a daily routine, ticked for each day it runs, and it isn't on today's list", reply.Messages.Single().Text);
        Assert.Null(reply.ChecklistChangedFor);
        Assert.Empty(h.Ticks.History(ChecklistHarness.PracticeId));
    }

    [Fact]
    public void Untick_DailyTask_ClearsTodaysRoundAndLeavesYesterdays()
    {
        using var h = Start(Thursday);
        h.Ticks.Tick(ChecklistHarness.PracticeId, "daily-paperwork", "29:sam", "Sam Jones", Wednesday);
        h.Ticks.Tick(ChecklistHarness.PracticeId, "daily-paperwork", "29:sam", "Sam Jones", Thursday);

        var reply = new UntickCommand(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Time).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), "daily-paperwork");

        Assert.StartsWith("Unticked daily-paperwork", reply.Messages.Single().Text);
        Assert.Null(h.Ticks.Find(ChecklistHarness.PracticeId, "daily-paperwork", Thursday));
        Assert.NotNull(h.Ticks.Find(ChecklistHarness.PracticeId, "daily-paperwork", Wednesday));
    }

    [Fact]
    public void Channel_DispensingPractice_AddsTheStockRoutine()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice(dispensing: true));

        var data = (ChecklistCardData)h.Cards.Channel(practice, Wednesday, superseded: false).Data;

        Assert.Equal("daily-stock", data.Daily[^1].TaskId);
        Assert.Equal("Daily routine: 0 of 7 done", data.DailyHeading);
    }

    [Fact]
    public void Channel_GoLiveDay_HasNoDailyRoutine()
    {
        using var h = Start(ChecklistHarness.GoLive);

        var data = Card(h, ChecklistHarness.GoLive);

        Assert.False(data.HasDaily);
        Assert.Empty(data.Daily);
    }
}
