using CutoverBot.Core.Scheduling;
using CutoverBot.Delivery;

namespace CutoverBot.Tests.Scheduling;

public sealed class MorningPostSchedulerTests : IAsyncDisposable
{
    private SchedulerHarness _h = null!;

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    private async Task StartAsync(DateTimeOffset at)
    {
        _h = new SchedulerHarness(at);
        _h.AddPractice();
        await _h.StartAsync();
    }

    [Fact]
    public async Task Scheduler_WinterMorning_PostsChannelAndManagerCardsAt0800Utc()
    {
        await StartAsync(Utc(2027, 1, 11, 6));

        await _h.RunUntilAsync(Utc(2027, 1, 11, 12));

        Assert.Collection(_h.Sender.Sent,
            channel =>
            {
                Assert.True(channel.IsChannelPost);
                Assert.Equal(Utc(2027, 1, 11, 8), channel.At);
                Assert.Equal("channel 19:team-a@thread.tacv2 2027-01-11", channel.Text);
            },
            manager =>
            {
                Assert.Equal("29:manager", manager.RecipientUserId);
                Assert.Equal(Utc(2027, 1, 11, 8), manager.At);
            });
    }

    [Fact]
    public async Task Scheduler_CardPosted_LogNamesTheDayYearFirstNotMonthFirst()
    {
        await StartAsync(Utc(2027, 1, 11, 6));

        await _h.RunUntilAsync(Utc(2027, 1, 11, 12));

        var posted = _h.Logs.Lines.Where(l => l.Contains("Posted the", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(posted);
        Assert.All(posted, l => Assert.Contains("of 2027-01-11 for practice", l, StringComparison.Ordinal));
        Assert.DoesNotContain(_h.Logs.Lines, l => l.Contains("01/11/2027", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scheduler_SummerMorning_PostsAt0700Utc()
    {
        await StartAsync(Utc(2027, 6, 14, 5));

        await _h.RunUntilAsync(Utc(2027, 6, 14, 12));

        Assert.Equal(Utc(2027, 6, 14, 7), Assert.Single(_h.ChannelPosts).At);
    }

    [Theory]
    [InlineData("2027-03-26", "2027-03-26T08:00Z,2027-03-27T08:00Z,2027-03-28T07:00Z,2027-03-29T07:00Z,2027-03-30T07:00Z")]
    [InlineData("2027-10-29", "2027-10-29T07:00Z,2027-10-30T07:00Z,2027-10-31T08:00Z,2027-11-01T08:00Z,2027-11-02T08:00Z")]
    public async Task Scheduler_DaysAroundClockChange_PostsAtEightLondonEachDay(string from, string expected)
    {
        var start = DateOnly.Parse(from);
        _h = new SchedulerHarness(new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        _h.AddPractice(fdp: start.AddDays(5), goLive: start.AddDays(12));
        await _h.StartAsync();

        await _h.RunUntilAsync(new DateTimeOffset(start.AddDays(5).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

        Assert.Equal(expected.Split(',').Select(DateTimeOffset.Parse), _h.ChannelPosts.Select(p => p.At));
    }

    [Fact]
    public async Task Scheduler_RestartAt0930AfterADayDown_PostsTodaysCardOnceAndNotYesterdays()
    {
        await StartAsync(Utc(2027, 1, 10, 6));
        await _h.RunUntilAsync(Utc(2027, 1, 10, 20));

        // Down all of the 11th, back at 09:30 on the 12th.
        await _h.RestartAtAsync(Utc(2027, 1, 12, 9, 30));
        await _h.RunUntilAsync(Utc(2027, 1, 12, 20));

        Assert.Equal([Utc(2027, 1, 10, 8), Utc(2027, 1, 12, 9, 30)], _h.ChannelPosts.Select(p => p.At));
        Assert.EndsWith("2027-01-12", _h.ChannelPosts[1].Text);
        Assert.Null(_h.PostLog.Find("19:team-a@thread.tacv2", MorningPostKind.ChannelChecklist, new DateOnly(2027, 1, 11)));
    }

    [Fact]
    public async Task Scheduler_RestartAfterTodaysPost_DoesNotPostAgain()
    {
        await StartAsync(Utc(2027, 1, 11, 7));
        await _h.RunUntilAsync(Utc(2027, 1, 11, 8, 5));

        await _h.RestartAtAsync(Utc(2027, 1, 11, 8, 10));
        await _h.RestartAtAsync(Utc(2027, 1, 11, 9, 30));
        await _h.RunUntilAsync(Utc(2027, 1, 12, 9));

        Assert.Equal([Utc(2027, 1, 11, 8), Utc(2027, 1, 12, 8)], _h.ChannelPosts.Select(p => p.At));
        Assert.Equal(2, _h.Sender.Sent.Count(s => s.RecipientUserId is not null));
    }

    [Fact]
    public async Task Scheduler_ProcessStoppedMidSend_SendsThatPostOnceAfterRestart()
    {
        _h = new SchedulerHarness(Utc(2027, 1, 11, 8, 0));
        var practice = _h.AddPractice();
        // What a crash mid-send leaves behind: a claim that was never marked sent or failed.
        _h.PostLog.TryClaim(new PostKey(practice.Id, MorningPostKind.ChannelChecklist, new DateOnly(2027, 1, 11)), Utc(2027, 1, 11, 8));

        await _h.RestartAtAsync(Utc(2027, 1, 11, 8, 1));
        await _h.RunUntilAsync(Utc(2027, 1, 11, 12));

        var post = Assert.Single(_h.ChannelPosts);
        Assert.Equal(Utc(2027, 1, 11, 8, 1), post.At);
        Assert.Single(_h.Sender.Sent, s => s.RecipientUserId == "29:manager");
        Assert.Equal(PostStatus.Sent, _h.PostLog.Find(practice.Id, MorningPostKind.ChannelChecklist, new DateOnly(2027, 1, 11))!.Status);
    }

    [Fact]
    public async Task RunAsync_TwoPassesRacing_EachCardPostedOnce()
    {
        _h = new SchedulerHarness(Utc(2027, 1, 11, 8));
        for (var i = 0; i < 10; i++) _h.AddPractice($"19:team-{i}@thread.tacv2");
        _h.Sender.RealPause = TimeSpan.FromMilliseconds(2);
        var now = _h.Time.GetUtcNow();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _h.NewJob().RunAsync(now, CancellationToken.None))));

        Assert.Equal(10, _h.ChannelPosts.Count);
        Assert.Equal(10, _h.ChannelPosts.Select(p => p.PracticeId).Distinct().Count());
        Assert.Equal(10, _h.Sender.Sent.Count(s => s.RecipientUserId is not null));
    }

    [Fact]
    public async Task Scheduler_InactivePractice_GetsNothing()
    {
        _h = new SchedulerHarness(Utc(2027, 1, 11, 6));
        var removed = _h.AddPractice("19:removed@thread.tacv2");
        removed.Active = false;
        _h.Practices.Upsert(removed);
        _h.AddPractice("19:kept@thread.tacv2");
        await _h.StartAsync();

        await _h.RunUntilAsync(Utc(2027, 1, 11, 12));

        Assert.All(_h.Sender.Sent, s => Assert.Equal("19:kept@thread.tacv2", s.PracticeId));
        Assert.Equal(2, _h.Sender.Sent.Count);
    }

    [Fact]
    public async Task Scheduler_TeamUninstallsTheBot_NoPostsFromTheNextMorning()
    {
        await StartAsync(Utc(2027, 1, 11, 6));
        await _h.RunUntilAsync(Utc(2027, 1, 11, 12));
        var practice = _h.Practices.Find("19:team-a@thread.tacv2")!;
        practice.Active = false;
        _h.Practices.Upsert(practice);

        await _h.RunUntilAsync(Utc(2027, 1, 14, 12));

        Assert.Equal([Utc(2027, 1, 11, 8)], _h.ChannelPosts.Select(p => p.At));
    }

    [Fact]
    public async Task Scheduler_SendFails_RetriesLaterThatDayThenGivesUpUntilTomorrow()
    {
        await StartAsync(Utc(2027, 1, 11, 6));
        var failUntil = Utc(2027, 1, 11, 8, 25);
        _h.Sender.Outcome = c => c.IsChannelPost && c.At < failUntil ? SendOutcome.Throttled : null;

        await _h.RunUntilAsync(Utc(2027, 1, 12, 9));

        // Tries at 08:00, 08:10, 08:20 fail; 08:30 gets through. Tomorrow is a fresh day.
        Assert.Equal([Utc(2027, 1, 11, 8, 30), Utc(2027, 1, 12, 8)], _h.ChannelPosts.Select(p => p.At));
        Assert.Equal(4, _h.PostLog.Find("19:team-a@thread.tacv2", MorningPostKind.ChannelChecklist, new DateOnly(2027, 1, 11))!.Attempts);
    }

    [Fact]
    public async Task Scheduler_SendKeepsFailing_StopsAfterMaxAttempts()
    {
        await StartAsync(Utc(2027, 1, 11, 6));
        var attempts = 0;
        _h.Sender.Outcome = c =>
        {
            if (!c.IsChannelPost) return null;
            attempts++;
            return SendOutcome.Failed;
        };

        await _h.RunUntilAsync(Utc(2027, 1, 11, 23));

        Assert.Equal(_h.Options.MaxAttemptsPerDay, attempts);
        Assert.Equal(PostStatus.GaveUp, _h.PostLog.Find("19:team-a@thread.tacv2", MorningPostKind.ChannelChecklist, new DateOnly(2027, 1, 11))!.Status);
    }

    [Fact]
    public async Task Scheduler_NextMorning_UpdatesYesterdaysChannelCardToSuperseded()
    {
        await StartAsync(Utc(2027, 1, 11, 6));
        await _h.RunUntilAsync(Utc(2027, 1, 11, 12));
        var yesterday = Assert.Single(_h.ChannelPosts);

        await _h.RunUntilAsync(Utc(2027, 1, 12, 12));

        var update = Assert.Single(_h.Sender.Sent, s => s.IsUpdate);
        Assert.Equal(yesterday.ActivityId, update.ActivityId);
        Assert.Equal(yesterday.ConversationId, update.ConversationId);
        Assert.Equal("superseded 19:team-a@thread.tacv2 2027-01-11", update.Text);
        Assert.Equal(Utc(2027, 1, 12, 8), update.At);
        Assert.NotNull(_h.PostLog.Find("19:team-a@thread.tacv2", MorningPostKind.ChannelChecklist, new DateOnly(2027, 1, 11))!.SupersededAt);
    }

    [Fact]
    public async Task WakeUp_PostTimeMovedEarlier_PostsAtTheNewTime()
    {
        await StartAsync(Utc(2027, 1, 11, 6));
        var practice = _h.Practices.Find("19:team-a@thread.tacv2")!;
        practice.MorningPostTime = new TimeOnly(6, 30);
        _h.Practices.Upsert(practice);

        _h.WakeUp();
        await _h.RunUntilAsync(Utc(2027, 1, 11, 12));

        Assert.Equal(Utc(2027, 1, 11, 6, 30), Assert.Single(_h.ChannelPosts).At);
    }

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();
}
