
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Tests.Checklist;

public sealed class CutoverCalendarTests
{
    private static readonly CutoverDates Dates = new(ChecklistHarness.Fdp, ChecklistHarness.GoLive);

    [Theory]
    [InlineData(-35, "FDP in 35 days", CutoverPhase.Preparation)]
    [InlineData(-9, "FDP in 9 days", CutoverPhase.Preparation)]
    [InlineData(-1, "FDP is tomorrow", CutoverPhase.Preparation)]
    [InlineData(0, "FDP day", CutoverPhase.Fdp)]
    [InlineData(1, "Cutover day 1 of 5", CutoverPhase.Cutover)]
    [InlineData(3, "Cutover day 3 of 5", CutoverPhase.Cutover)]
    [InlineData(5, "Cutover day 5 of 5", CutoverPhase.Cutover)]
    [InlineData(6, "Go-live day", CutoverPhase.GoLive)]
    [InlineData(10, "Day 4 after go-live: legacy access ends in 86 days", CutoverPhase.After)]
    [InlineData(95, "Day 89 after go-live: legacy access ends tomorrow", CutoverPhase.After)]
    [InlineData(96, "Day 90 after go-live: legacy access ends today", CutoverPhase.After)]
    [InlineData(97, "Cutover closed", CutoverPhase.Closed)]
    public void PhaseText_DayFromFdp_SaysWhereThePracticeIs(int daysFromFdp, string expected, CutoverPhase phase)
    {
        var date = Dates.Fdp.AddDays(daysFromFdp);

        Assert.Equal(expected, CutoverCalendar.PhaseText(Dates, date));
        Assert.Equal(phase, CutoverCalendar.PhaseOn(Dates, date));
    }

    [Fact]
    public void PhaseText_GoLiveTheDayAfterFdp_HasNoCutoverDays()
    {
        var dates = new CutoverDates(new DateOnly(2027, 5, 6), new DateOnly(2027, 5, 7));

        Assert.Equal("FDP day", CutoverCalendar.PhaseText(dates, dates.Fdp));
        Assert.Equal("Go-live day", CutoverCalendar.PhaseText(dates, dates.GoLive));
    }

    [Theory]
    [InlineData(-10, "FDP in 10 days (Tue 23 Mar)")]
    [InlineData(0, "FDP is today")]
    [InlineData(2, "Go-live in 4 days (Mon 29 Mar)")]
    [InlineData(5, "Go-live is tomorrow (Mon 29 Mar)")]
    [InlineData(7, "End of legacy access in 89 days (Sun 27 Jun)")]
    public void NextMilestone_Day_CountsToTheNextDateThatMatters(int daysFromFdp, string expected) =>
        Assert.Equal(expected, CutoverCalendar.NextMilestone(Dates, Dates.Fdp.AddDays(daysFromFdp))!.Text);

    [Fact]
    public void NextMilestone_AfterLegacyAccess_IsNone() =>
        Assert.Null(CutoverCalendar.NextMilestone(Dates, Dates.LegacyAccessEnds.AddDays(1)));
}
