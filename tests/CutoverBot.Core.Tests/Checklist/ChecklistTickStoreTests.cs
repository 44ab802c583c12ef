
namespace CutoverBot.Core.Tests.Checklist;

public sealed class ChecklistTickStoreTests
{
    [Fact]
    public void Tick_Task_RemembersWhoAndWhen()
    {
        using var h = new ChecklistHarness();
        h.SetLondon(new DateOnly(2027, 3, 2), 9, 14);

        var tick = h.Ticks.Tick(ChecklistHarness.PracticeId, "Third-Parties", "29:sam", "Sam Jones");

        Assert.Equal("third-parties", tick.TaskId);
        Assert.Equal("Sam Jones", h.Ticks.Find(ChecklistHarness.PracticeId, "third-parties")!.ByName);
        Assert.Equal(h.Time.GetUtcNow(), h.Ticks.Find(ChecklistHarness.PracticeId, "third-parties")!.At);
    }

    [Fact]
    public void Tick_AlreadyTicked_KeepsTheFirstTick()
    {
        using var h = new ChecklistHarness();
        h.Ticks.Tick(ChecklistHarness.PracticeId, "smart-cards", "29:sam", "Sam Jones");
        h.Time.Advance(TimeSpan.FromMinutes(5));

        var second = h.Ticks.Tick(ChecklistHarness.PracticeId, "smart-cards", "29:pat", "Pat Manager");

        Assert.Equal("Sam Jones", second.ByName);
        Assert.Single(h.Ticks.History(ChecklistHarness.PracticeId));
    }

    [Fact]
    public void Untick_TickedTask_ClearsItAndAuditsBoth()
    {
        using var h = new ChecklistHarness();
        h.Ticks.Tick(ChecklistHarness.PracticeId, "smart-cards", "29:sam", "Sam Jones");
        h.Time.Advance(TimeSpan.FromMinutes(3));

        Assert.True(h.Ticks.Untick(ChecklistHarness.PracticeId, "smart-cards", "29:pat", "Pat Manager"));
        Assert.False(h.Ticks.Untick(ChecklistHarness.PracticeId, "smart-cards", "29:pat", "Pat Manager"));

        Assert.Null(h.Ticks.Find(ChecklistHarness.PracticeId, "smart-cards"));
        var history = h.Ticks.History(ChecklistHarness.PracticeId);
        Assert.Equal([(true, "Sam Jones"), (false, "Pat Manager")], history.Select(a => (a.Ticked, a.ByName)));
    }

    [Fact]
    public void Tick_DailyTaskOnTwoDays_KeptApartWithTheirDays()
    {
        using var h = new ChecklistHarness();
        var tuesday = ChecklistHarness.Fdp;

        h.Ticks.Tick(ChecklistHarness.PracticeId, "daily-results", "29:sam", "Sam Jones", tuesday);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Ticks.Tick(ChecklistHarness.PracticeId, "daily-results", "29:pat", "Pat Manager", tuesday.AddDays(1));
        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Ticks.Untick(ChecklistHarness.PracticeId, "daily-results", "29:pat", "Pat Manager", tuesday);

        Assert.Null(h.Ticks.Find(ChecklistHarness.PracticeId, "daily-results", tuesday));
        Assert.Equal("Pat Manager", h.Ticks.Find(ChecklistHarness.PracticeId, "daily-results", tuesday.AddDays(1))!.ByName);
        Assert.Equal(["daily-results|2027-03-24"], h.Ticks.ForPractice(ChecklistHarness.PracticeId).Keys);
        Assert.Equal([(tuesday, true), (tuesday.AddDays(1), true), (tuesday, false)],
            h.Ticks.History(ChecklistHarness.PracticeId).Select(a => (a.Day!.Value, a.Ticked)));
    }

    [Fact]
    public void ForPractice_OtherPracticesTicks_AreNotIncluded()
    {
        using var h = new ChecklistHarness();
        h.Ticks.Tick("19:other@thread.tacv2", "smart-cards", "29:x", "X");

        Assert.Empty(h.Ticks.ForPractice(ChecklistHarness.PracticeId));
    }

    [Fact]
    public void Build_TickedYesterday_LeavesTodaysListButStaysOnYesterdays()
    {
        using var h = new ChecklistHarness();
        var practice = ChecklistHarness.NewPractice();
        var day = ChecklistHarness.Fdp.AddDays(-20);
        h.SetLondon(day, 10, 0);
        h.Ticks.Tick(practice.Id, "smart-cards", "29:sam", "Sam Jones");

        var sameDay = h.Builder.Build(practice, day);
        var nextDay = h.Builder.Build(practice, day.AddDays(1));

        Assert.Contains(sameDay.Today, i => i.Task.Id == "smart-cards" && i.IsDone);
        Assert.DoesNotContain(nextDay.Today, i => i.Task.Id == "smart-cards");
        Assert.DoesNotContain(nextDay.Overdue, i => i.Task.Id == "smart-cards");
    }

    [Fact]
    public void Build_DatesMovedAfterTicking_TicksStillCount()
    {
        using var h = new ChecklistHarness();
        var practice = ChecklistHarness.NewPractice();
        h.SetLondon(ChecklistHarness.Fdp.AddDays(-30), 10, 0);
        h.Ticks.Tick(practice.Id, "planning-meeting", "29:sam", "Sam Jones");

        practice.FdpDate = ChecklistHarness.Fdp.AddDays(21);
        practice.GoLiveDate = ChecklistHarness.GoLive.AddDays(21);
        var later = h.Builder.Build(practice, ChecklistHarness.Fdp.AddDays(-6));

        Assert.DoesNotContain(later.Today.Concat(later.Overdue), i => i.Task.Id == "planning-meeting");
        Assert.Contains(later.Today, i => i.Task.Id == "registration-cutoff" && !i.IsDone);
    }
}
