using CutoverBot.Core.Scheduling;
using CutoverBot.Delivery;

namespace CutoverBot.Tests.Scheduling;

/// <summary>The scheduler around go-live: the go-live card that is never superseded, and the daily re-entry nudges.</summary>
public sealed class GoLiveMorningSchedulerTests : IAsyncDisposable
{
    private const string PracticeId = "19:team-a@thread.tacv2";
    private static readonly DateOnly GoLive = new(2027, 1, 12);
    private readonly SchedulerHarness _h = new(Utc(2027, 1, 11, 6));

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    private static DateTimeOffset Morning(DateOnly date, int hour = 8, int minute = 0) => new(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    private void AddPractice()
    {
        _h.Planner.GoLiveCard = true;
        _h.AddPractice(PracticeId, fdp: GoLive.AddDays(-7), goLive: GoLive);
    }

    private List<SentCard> NudgesTo(string userId) =>
        _h.Sender.Sent.Where(s => !s.IsUpdate && s.RecipientUserId == userId && s.Text.StartsWith("nudge", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Scheduler_MorningsAroundGoLive_GoLiveCardNeverSupersededChecklistCardsAre()
    {
        AddPractice();
        await _h.StartAsync();

        await _h.RunUntilAsync(Morning(GoLive.AddDays(3), 12));

        var posts = _h.ChannelPosts;
        Assert.Equal(["channel", "golive", "channel", "channel", "channel"], posts.Select(p => p.Text.Split(' ')[0]));
        var goLiveCard = posts[1];
        // Go-live morning supersedes the day before's checklist; the go-live card itself stays live for confirmations.
        Assert.Equal([posts[0].ActivityId, posts[2].ActivityId, posts[3].ActivityId], _h.Sender.Sent.Where(s => s.IsUpdate).Select(s => s.ActivityId));
        Assert.DoesNotContain(_h.Sender.Sent, s => s.IsUpdate && s.ActivityId == goLiveCard.ActivityId);
        var record = _h.PostLog.Find(PracticeId, MorningPostKind.GoLiveChannel, GoLive)!;
        Assert.Equal((PostStatus.Sent, goLiveCard.ActivityId, (DateTimeOffset?)null), (record.Status, record.ActivityId, record.SupersededAt));
        Assert.Null(_h.PostLog.Find(PracticeId, MorningPostKind.ChannelChecklist, GoLive));
    }

    [Fact]
    public async Task Scheduler_TwoPeopleToNudge_EachGetsOneNudgeAMorningInPersonalChat()
    {
        AddPractice();
        _h.Planner.NudgeRecipients = (_, date) => date > GoLive ? ["29:sam", "29:alex"] : [];
        await _h.StartAsync();

        await _h.RunUntilAsync(Morning(GoLive.AddDays(2), 12));

        foreach (var user in new[] { "29:sam", "29:alex" })
        {
            var nudges = NudgesTo(user);
            Assert.Equal([Morning(GoLive.AddDays(1)), Morning(GoLive.AddDays(2))], nudges.Select(n => n.At));
            Assert.All(nudges, n => Assert.Equal("a:" + user, n.ConversationId));
        }
    }

    [Fact]
    public async Task Scheduler_RestartsAndRacingPasses_NeverNudgesAnyoneTwice()
    {
        AddPractice();
        var day = GoLive.AddDays(1);
        _h.Planner.NudgeRecipients = (_, date) => date > GoLive ? ["29:sam", "29:alex", "29:bo"] : [];
        _h.Sender.RealPause = TimeSpan.FromMilliseconds(2);
        _h.Time.SetUtcNow(Morning(day, 8, 5));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _h.NewJob().RunAsync(_h.Time.GetUtcNow(), CancellationToken.None))));
        await _h.RestartAtAsync(Morning(day, 8, 10));
        await _h.RestartAtAsync(Morning(day, 11));
        await _h.RunUntilAsync(Morning(day, 20));

        Assert.All(new[] { "29:sam", "29:alex", "29:bo" }, user => Assert.Single(NudgesTo(user)));
        Assert.Single(_h.ChannelPosts);
    }

    [Fact]
    public async Task Scheduler_OneNudgeThrottled_OnlyThatOneIsRetriedLaterThatMorning()
    {
        AddPractice();
        var day = GoLive.AddDays(1);
        _h.Planner.NudgeRecipients = (_, date) => date > GoLive ? ["29:sam", "29:alex"] : [];
        _h.Sender.Outcome = c => c.RecipientUserId == "29:alex" && c.At < Morning(day, 8, 5) ? SendOutcome.Throttled : null;
        await _h.StartAsync();

        await _h.RunUntilAsync(Morning(day, 12));

        Assert.Equal([Morning(day)], NudgesTo("29:sam").Select(n => n.At));
        Assert.Equal([Morning(day, 8, 10)], NudgesTo("29:alex").Select(n => n.At));
        Assert.Equal(2, _h.PostLog.Find(new PostKey(PracticeId, MorningPostKind.ReentryNudge, day, "29:alex"))!.Attempts);
    }

    [Fact]
    public async Task Scheduler_PassesLaterInTheDay_AskThePlannerOnceADayUnlessSettingsChange()
    {
        _h.Options.MaxSleep = TimeSpan.FromMinutes(15);
        AddPractice();
        await _h.StartAsync();

        await _h.RunUntilAsync(Utc(2027, 1, 11, 20));
        var callsOnTheDay = _h.Planner.Calls;
        var practice = _h.Practices.Find(PracticeId)!;
        practice.ManagerUserId = "29:new-manager";
        _h.Practices.Upsert(practice);
        _h.WakeUp();
        await _h.RunUntilAsync(Utc(2027, 1, 11, 22));

        Assert.Equal(1, callsOnTheDay);
        Assert.Equal(2, _h.Planner.Calls);
        // The new manager gets tomorrow's card; today's manager card went out once, to the manager of the morning.
        Assert.Equal(["29:manager"], _h.Sender.Sent.Where(s => s.RecipientUserId is not null).Select(s => s.RecipientUserId));
    }

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();
}
