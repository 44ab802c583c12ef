using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Scheduling;

namespace CutoverBot.Tests.Scheduling;

public sealed class MorningDueTests
{
    private static readonly DateOnly Today = new(2027, 1, 11);

    private static Practice PracticeAt(string id, int hour, bool active = true, bool setUp = true) => new()
    {
        Id = id, Active = active, MorningPostTime = new TimeOnly(hour, 0),
        FdpDate = setUp ? new DateOnly(2027, 2, 1) : null, GoLiveDate = setUp ? new DateOnly(2027, 2, 8) : null,
    };

    private static DateTimeOffset Utc(int h, int min = 0) => new(2027, 1, 11, h, min, 0, TimeSpan.Zero);

    [Fact]
    public void PracticesDue_AtAndAfterPostTime_DueForTodayOnly()
    {
        Practice[] practices = [PracticeAt("early", 7), PracticeAt("eight", 8), PracticeAt("nine", 9)];

        var due = MorningDue.PracticesDue(practices, Utc(8));

        Assert.Equal(["early", "eight"], due.Select(d => d.Practice.Id));
        Assert.All(due, d => Assert.Equal(Today, d.Date));
        Assert.Equal(Utc(7), due[0].ScheduledAt);
    }

    [Fact]
    public void PracticesDue_InactiveOrNotSetUp_NeverDue()
    {
        Practice[] practices = [PracticeAt("removed", 8, active: false), PracticeAt("new", 8, setUp: false)];

        Assert.Empty(MorningDue.PracticesDue(practices, Utc(12)));
    }

    [Fact]
    public void PracticesDue_JustAfterLondonMidnight_NothingFromYesterday()
    {
        var due = MorningDue.PracticesDue([PracticeAt("eight", 8)], new DateTimeOffset(2027, 1, 12, 0, 5, 0, TimeSpan.Zero));

        Assert.Empty(due);
    }

    [Fact]
    public void ShouldAttempt_EachPostState_OnlyNewOrRetryDuePosts()
    {
        var now = Utc(9);
        PostRecord Record(PostStatus status, DateTimeOffset? retryAt = null) => new() { Status = status, RetryAt = retryAt };

        Assert.True(MorningDue.ShouldAttempt(null, now));
        Assert.True(MorningDue.ShouldAttempt(Record(PostStatus.Failed, Utc(9)), now));
        Assert.False(MorningDue.ShouldAttempt(Record(PostStatus.Failed, Utc(9, 10)), now));
        Assert.False(MorningDue.ShouldAttempt(Record(PostStatus.Claimed), now));
        Assert.False(MorningDue.ShouldAttempt(Record(PostStatus.Sent), now));
        Assert.False(MorningDue.ShouldAttempt(Record(PostStatus.GaveUp), now));
    }

    [Fact]
    public void NextWake_BeforeAPostTime_WakesAtThatPost()
    {
        var wake = MorningDue.NextWake([PracticeAt("eight", 8), PracticeAt("nine", 9)], Utc(7, 30), null, TimeSpan.FromHours(6));

        Assert.Equal(Utc(8), wake);
    }

    [Fact]
    public void NextWake_RetryPendingBeforeNextPost_WakesForTheRetry()
    {
        var wake = MorningDue.NextWake([PracticeAt("eight", 8)], Utc(8, 1), Utc(8, 11), TimeSpan.FromHours(6));

        Assert.Equal(Utc(8, 11), wake);
    }

    [Fact]
    public void NextWake_NoPracticesDueSoon_WakesAfterMaxSleep()
    {
        var wake = MorningDue.NextWake([PracticeAt("removed", 8, active: false)], Utc(8, 1), null, TimeSpan.FromMinutes(15));

        Assert.Equal(Utc(8, 16), wake);
    }

    [Fact]
    public void RetryTime_AttemptsLeftSameDay_RetryAfterTheInterval()
    {
        var record = new PostRecord { Date = Today, Attempts = 1, Kind = MorningPostKind.ChannelChecklist };

        Assert.Equal(Utc(8, 10), MorningDue.RetryTime(record, Utc(8), TimeSpan.FromMinutes(10), 6));
    }

    [Fact]
    public void RetryTime_AttemptsUsedUp_NoRetry()
    {
        var record = new PostRecord { Date = Today, Attempts = 6 };

        Assert.Null(MorningDue.RetryTime(record, Utc(8), TimeSpan.FromMinutes(10), 6));
    }

    [Fact]
    public void RetryTime_WouldFallTomorrow_NoRetry()
    {
        var record = new PostRecord { Date = Today, Attempts = 1 };

        Assert.Null(MorningDue.RetryTime(record, Utc(23, 55), TimeSpan.FromMinutes(10), 6));
    }
}
