using CutoverBot.Core.Entries;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Scheduling;
using CutoverBot.Delivery;
using CutoverBot.Scheduling;

namespace CutoverBot.Tests.Scheduling;

/// <summary>
/// Whole cutovers, FDP-35 to go-live+95, through the real scheduler, the checklist's real planner and the real card
/// templates, on fake time: one practice across the March clock change, one across October's, sharing a tenant, with
/// restarts and a throttled morning on the way.
/// </summary>
public sealed class CutoverSimulationTests : IAsyncDisposable
{
    private const string Spring = "19:spring@thread.tacv2";
    private const string Autumn = "19:autumn@thread.tacv2";
    private static readonly DateOnly SpringFdp = new(2027, 3, 23), SpringGoLive = new(2027, 3, 29);
    private static readonly DateOnly AutumnFdp = new(2027, 8, 2), AutumnGoLive = new(2027, 8, 9);
    private readonly SchedulerHarness _h = new(Midnight(SpringFdp.AddDays(-35)));

    private static readonly System.Globalization.CultureInfo UkCulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset London(DateOnly date, int hour, int minute = 0)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, LondonTime.Zone.GetUtcOffset(local));
    }

    [Fact]
    public async Task Scheduler_WholeCutoversThroughBothClockChanges_OneChannelCardPerPlannedDayAtEightLondon()
    {
        _h.PlannerFactory = RealPlanner.For;
        _h.Renderer = new CoreCardJsonRenderer(new CardRenderer());
        _h.Options.MaxSleep = TimeSpan.FromDays(1);
        AddPractice(Spring, SpringFdp, SpringGoLive);
        var throttledMorning = London(SpringFdp, 8);
        _h.Sender.Outcome = c => c.IsChannelPost && c.PracticeId == Spring && c.At == throttledMorning ? SendOutcome.Throttled : null;
        await _h.StartAsync();

        // Restarts: go-live day after the post (nothing resent), and the day after before the post.
        await _h.RunUntilAsync(London(SpringGoLive, 9, 30));
        await _h.RestartAtAsync(London(SpringGoLive, 9, 45));
        await _h.RunUntilAsync(London(SpringGoLive.AddDays(1), 6));
        await _h.RestartAtAsync(London(SpringGoLive.AddDays(1), 7));
        // The second practice installs the bot and completes setup five weeks before its FDP.
        await _h.RunUntilAsync(London(AutumnFdp.AddDays(-35), 7));
        AddPractice(Autumn, AutumnFdp, AutumnGoLive);
        await _h.RunUntilAsync(Midnight(AutumnGoLive.AddDays(96)));

        AssertOneCardPerPlannedDay(Spring, SpringFdp, SpringGoLive, throttledMorning);
        AssertOneCardPerPlannedDay(Autumn, AutumnFdp, AutumnGoLive, null);
    }

    private void AddPractice(string id, DateOnly fdp, DateOnly goLive)
    {
        var practice = _h.AddPractice(id, fdp, goLive);
        practice.SetUpOn = fdp.AddDays(-35);
        _h.Practices.Upsert(practice);
    }

    private void AssertOneCardPerPlannedDay(string practiceId, DateOnly fdp, DateOnly goLive, DateTimeOffset? throttledMorning)
    {
        var practice = _h.Practices.Find(practiceId)!;
        var planner = _h.PlannerFactory!(_h);
        var plannedDays = Days(fdp.AddDays(-35), goLive.AddDays(95))
            .Where(d => planner.Plan(practice, d, MorningSchedule.PostTimeOn(practice.MorningPostTime, d)).Any(p => p.Kind.IsChannel())).ToList();
        var posts = _h.ChannelPosts.Where(p => p.PracticeId == practiceId).ToList();

        // The checklist plans every day from FDP-35 up to go-live+90 (legacy access ends), then nothing.
        Assert.Equal(Days(fdp.AddDays(-35), goLive.AddDays(90)), plannedDays);
        Assert.Equal(plannedDays, posts.Select(p => MorningSchedule.LondonDate(p.At)));
        foreach (var post in posts)
        {
            var day = MorningSchedule.LondonDate(post.At);
            var expected = throttledMorning is { } t && day == MorningSchedule.LondonDate(t) ? t.AddMinutes(10) : London(day, 8);
            Assert.Equal(expected, post.At);
            // The go-live card (go-live day) says the date its own way.
            Assert.Contains(day == goLive ? "Go-live " + day.ToString("ddd d MMM yyyy", UkCulture) : day.ToString("dddd d MMMM yyyy", UkCulture), post.Text);
        }
        var managerDays = _h.Sender.Sent.Where(s => s.PracticeId == practiceId && s.RecipientUserId is not null).Select(s => MorningSchedule.LondonDate(s.At));
        Assert.Equal(plannedDays, managerDays);
        // Every checklist card but the last was replaced by its superseded version the next morning, once; the go-live
        // card never was.
        var updates = _h.Sender.Sent.Where(s => s.PracticeId == practiceId && s.IsUpdate).ToList();
        var goLiveCard = Assert.Single(posts, p => MorningSchedule.LondonDate(p.At) == goLive);
        Assert.Equal(posts.SkipLast(1).Where(p => p != goLiveCard).Select(p => p.ActivityId), updates.Select(u => u.ActivityId));
        Assert.All(updates, u => Assert.True(u.Text.Contains("see today", StringComparison.Ordinal), u.Text[..Math.Min(600, u.Text.Length)]));
    }

    private static List<DateOnly> Days(DateOnly from, DateOnly to) =>
        Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();
}
