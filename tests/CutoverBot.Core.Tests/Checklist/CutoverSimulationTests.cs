using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>Walks a whole cutover day by day, FDP-35 to go-live+95, as the morning cards would see it.</summary>
public sealed class CutoverSimulationTests
{
    private static readonly DateOnly Fdp = ChecklistHarness.Fdp;
    private static readonly DateOnly GoLive = ChecklistHarness.GoLive;

    [Fact]
    public void Build_EveryDayWithNoTicks_EachTaskIsTodayInItsWindowThenOverdueAndDailyOnesNeverOverdue()
    {
        using var h = new ChecklistHarness();
        var practice = ChecklistHarness.NewPractice(setUpOn: Fdp.AddDays(-42));
        var dates = new CutoverDates(Fdp, GoLive);

        for (var date = Fdp.AddDays(-35); date <= GoLive.AddDays(95); date = date.AddDays(1))
        {
            var day = h.Builder.Build(practice, date);
            foreach (var task in ChecklistHarness.Catalog.TasksFor(isDispensing: false))
            {
                var today = day.Today.Any(i => i.Task.Id == task.Id);
                var overdue = day.Overdue.Any(i => i.Task.Id == task.Id);
                var daily = day.Daily.Any(i => i.Task.Id == task.Id);
                var inWindow = task.StartsOn(dates) <= date && date <= task.EndsOn(dates);
                Assert.True(today == (inWindow && !task.Daily), $"{task.Id} today={today} on {date}");
                Assert.True(daily == (inWindow && task.Daily), $"{task.Id} daily={daily} on {date}");
                Assert.True(overdue == (task.EndsOn(dates) < date && !task.Daily), $"{task.Id} overdue={overdue} on {date}");
            }
        }
    }

    [Fact]
    public void Channel_EveryDayNothingTicked_CardStaysWithinTeamsSizeLimit()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice(dispensing: true, setUpOn: Fdp.AddDays(-60)));
        var renderer = new CardRenderer();
        var largest = 0;

        for (var date = Fdp.AddDays(-42); date <= GoLive.AddDays(90); date = date.AddDays(1))
        {
            largest = Math.Max(largest, CardRenderer.Utf8Size(renderer.Render(h.Planner.BuildChannelCard(practice, date, superseded: true))));
            largest = Math.Max(largest, CardRenderer.Utf8Size(renderer.Render(h.Cards.ManagerMorning(practice, date))));
        }

        Assert.InRange(largest, 1, CardRenderer.MaxCardBytes - 1);
    }

    [Theory]
    [InlineData(-28, "planning-meeting", true)]
    [InlineData(-27, "planning-meeting", false)]
    [InlineData(-3, "third-parties-off", false)]
    [InlineData(-2, "third-parties-off", true)]
    [InlineData(-1, "third-parties-off", true)]
    [InlineData(0, "third-parties-off", false)]
    [InlineData(-7, "hold-registrations", true)]
    [InlineData(0, "stop-eps", true)]
    [InlineData(6, "bowel-screening", true)]
    [InlineData(5, "bowel-screening", false)]
    [InlineData(7, "bowel-screening", false)]
    [InlineData(7, "register-held", true)]
    [InlineData(6 + 85, "legacy-print", true)]
    [InlineData(6 + 90, "legacy-print", true)]
    public void Build_KeyDay_ListsTheTaskUnderToday(int daysFromFdp, string taskId, bool expected)
    {
        using var h = new ChecklistHarness();

        var day = h.Builder.Build(ChecklistHarness.NewPractice(), Fdp.AddDays(daysFromFdp));

        Assert.Equal(expected, day.Today.Any(i => i.Task.Id == taskId));
    }

    [Fact]
    public void Build_DayAfterPlanningMeetingDeadline_ListsItAsOverdue()
    {
        using var h = new ChecklistHarness();

        var day = h.Builder.Build(ChecklistHarness.NewPractice(), Fdp.AddDays(-27));

        Assert.Contains(day.Overdue, i => i.Task.Id == "planning-meeting" && i.IsOverdue);
    }

    [Fact]
    public void Build_WholeCutover_DispensingTasksOnlyForDispensingPractices()
    {
        using var h = new ChecklistHarness();
        var seenDispensing = new HashSet<string>();

        for (var date = Fdp.AddDays(-35); date <= GoLive.AddDays(95); date = date.AddDays(1))
        {
            var plain = h.Builder.Build(ChecklistHarness.NewPractice(dispensing: false), date);
            Assert.DoesNotContain(plain.Today.Concat(plain.Overdue), i => i.Task.DispensingOnly);
            Assert.DoesNotContain(plain.Reminders, r => r.DispensingOnly);
            var dispensing = h.Builder.Build(ChecklistHarness.NewPractice(dispensing: true), date);
            seenDispensing.UnionWith(dispensing.Today.Where(i => i.Task.DispensingOnly).Select(i => i.Task.Id));
        }

        Assert.Equal(["reenter-formulary", "reenter-stock", "stock-record", "stock-rundown"], seenDispensing.Order());
    }

    [Fact]
    public void Build_SetUpMidCutover_TasksThatEndedBeforeSetupAreEarlierNotOverdue()
    {
        using var h = new ChecklistHarness();
        var practice = ChecklistHarness.NewPractice(setUpOn: Fdp.AddDays(2));

        var day = h.Builder.Build(practice, Fdp.AddDays(3));

        Assert.Empty(day.Overdue);
        Assert.Equal("Cutover day 3 of 5", day.PhaseText);
        Assert.Contains(day.Reminders, r => r.Id == "no-new-data");
        Assert.Contains(day.Earlier, i => i.Task.Id == "planning-meeting" && !i.IsOverdue);
        Assert.DoesNotContain(day.Earlier, i => i.Task.Daily);
        Assert.Equal(day.Earlier.OrderByDescending(i => i.EndsOn).Select(i => i.Task.Id), day.Earlier.Select(i => i.Task.Id));
    }

    [Fact]
    public void Build_SetUpOnTheDayAWindowEnds_StillTracksThatTask()
    {
        using var h = new ChecklistHarness();
        var practice = ChecklistHarness.NewPractice(setUpOn: Fdp.AddDays(-7));

        var next = h.Builder.Build(practice, Fdp.AddDays(-6));

        Assert.Contains(next.Overdue, i => i.Task.Id == "smart-cards");
        Assert.DoesNotContain(next.Overdue, i => i.Task.Id == "planning-meeting");
    }

    [Fact]
    public void Build_AfterGoLive_LegacyAccessWarningCountsDown()
    {
        using var h = new ChecklistHarness();

        var day = h.Builder.Build(ChecklistHarness.NewPractice(setUpOn: GoLive), GoLive.AddDays(85));

        Assert.Equal("Day 85 after go-live: legacy access ends in 5 days", day.PhaseText);
        Assert.Contains(day.Today, i => i.Task.Id == "legacy-print");
        Assert.Contains(day.Reminders, r => r.Id == "reentry");
    }

    [Fact]
    public void Plan_EveryDayStaffTickWhatIsDue_NothingEverOverdueAndPostsStopAfterLegacyAccess()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice(dispensing: true));
        var postedDays = 0;

        for (var date = Fdp.AddDays(-35); date <= GoLive.AddDays(95); date = date.AddDays(1))
        {
            h.SetLondon(date, 8, 0);
            var posts = h.Planner.Plan(practice, date);
            if (posts.Count == 0) { Assert.True(date > GoLive.AddDays(90), $"no post on {date}"); continue; }
            postedDays++;
            // Go-live morning's channel card is the go-live card; that day's checklist is still there on demand.
            Assert.Equal(date == GoLive ? MorningPostKind.GoLiveChannel : MorningPostKind.ChannelChecklist, posts[0].Kind);
            var card = (ChecklistCardData)(date == GoLive ? h.Planner.BuildChannelCard(practice, date, superseded: false) : posts[0].Card).Data;
            Assert.False(card.HasOverdue, $"overdue on {date}");
            Assert.DoesNotContain(card.Today.Concat(card.Daily), r => r.Done);
            // 23:30 London is the same London day on both sides of the clock change (28 March 2027).
            h.SetLondon(date, 23, 30);
            foreach (var row in card.Today) h.Ticks.Tick(practice.Id, row.TaskId, "29:sam", "Sam Jones");
            foreach (var row in card.Daily) h.Ticks.Tick(practice.Id, row.TaskId, "29:sam", "Sam Jones", date);
            var evening = (ChecklistCardData)h.Planner.BuildChannelCard(practice, date, superseded: true).Data;
            Assert.All(evening.Today.Concat(evening.Daily), r => Assert.StartsWith("Done: ticked by Sam Jones at 23:30", r.Status));
            if (evening.HasDaily) Assert.Equal($"Daily routine: {evening.Daily.Count} of {evening.Daily.Count} done", evening.DailyHeading);
        }

        Assert.Equal(35 + 6 + 91, postedDays);
        // One tick per one-off task, and one per daily task for each day from FDP to the day before go-live.
        var catalog = ChecklistHarness.Catalog.Tasks;
        Assert.Equal(catalog.Count(t => !t.Daily) + catalog.Count(t => t.Daily) * (GoLive.DayNumber - Fdp.DayNumber), h.Ticks.ForPractice(practice.Id).Count);
    }
}
