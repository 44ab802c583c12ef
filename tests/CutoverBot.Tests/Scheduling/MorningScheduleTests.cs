using CutoverBot.Scheduling;

namespace CutoverBot.Tests.Scheduling;

public sealed class MorningScheduleTests
{
    private static readonly TimeOnly Eight = new(8, 0);

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Theory]
    // Winter (GMT): 08:00 London is 08:00 UTC. Summer (BST): 07:00 UTC.
    [InlineData("2027-01-11", "2027-01-11T08:00:00Z")]
    [InlineData("2027-06-14", "2027-06-14T07:00:00Z")]
    // Around the last Sunday of March 2027 (28th), when the clocks go forward at 01:00 UTC.
    [InlineData("2027-03-27", "2027-03-27T08:00:00Z")]
    [InlineData("2027-03-28", "2027-03-28T07:00:00Z")]
    [InlineData("2027-03-29", "2027-03-29T07:00:00Z")]
    // Around the last Sunday of October 2027 (31st), when they go back.
    [InlineData("2027-10-30", "2027-10-30T07:00:00Z")]
    [InlineData("2027-10-31", "2027-10-31T08:00:00Z")]
    [InlineData("2027-11-01", "2027-11-01T08:00:00Z")]
    public void PostTimeOn_EightOClockLondon_IsTheRightUtcInstant(string date, string expectedUtc)
    {
        var at = MorningSchedule.PostTimeOn(Eight, DateOnly.Parse(date));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc), at);
    }

    [Fact]
    public void PostTimeOn_TimeSkippedBySpringChange_PostsWhenTheClocksHaveGoneForward()
    {
        // 01:30 does not exist in London on 28 March 2027: the clocks jump from 01:00 to 02:00.
        var at = MorningSchedule.PostTimeOn(new TimeOnly(1, 30), new DateOnly(2027, 3, 28));

        Assert.Equal(Utc(2027, 3, 28, 1), at);
        Assert.Equal(new DateOnly(2027, 3, 28), MorningSchedule.LondonDate(at));
    }

    [Fact]
    public void NextPostTime_TimeRepeatedByAutumnChange_PostsOnceAtTheFirst()
    {
        // 01:30 happens twice in London on 31 October 2027: 00:30 UTC (BST) and 01:30 UTC (GMT).
        var time = new TimeOnly(1, 30);

        var first = MorningSchedule.PostTimeOn(time, new DateOnly(2027, 10, 31));
        var next = MorningSchedule.NextPostTime(time, first);

        Assert.Equal(Utc(2027, 10, 31, 0, 30), first);
        Assert.Equal(Utc(2027, 11, 1, 1, 30), next);
    }

    [Theory]
    [InlineData("2027-06-01T23:30:00Z", "2027-06-02")]
    [InlineData("2027-01-01T23:30:00Z", "2027-01-01")]
    [InlineData("2027-03-27T23:59:00Z", "2027-03-27")]
    [InlineData("2027-10-30T23:30:00Z", "2027-10-31")]
    public void LondonDate_LateEveningUtc_IsTheLondonCalendarDay(string instant, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), MorningSchedule.LondonDate(DateTimeOffset.Parse(instant)));
    }

    [Fact]
    public void NextPostTime_JustAfterTodaysPost_IsTomorrowsPost()
    {
        Assert.Equal(Utc(2027, 1, 12, 8), MorningSchedule.NextPostTime(Eight, Utc(2027, 1, 11, 8)));
        Assert.Equal(Utc(2027, 1, 11, 8), MorningSchedule.NextPostTime(Eight, Utc(2027, 1, 11, 7, 59)));
    }
}
