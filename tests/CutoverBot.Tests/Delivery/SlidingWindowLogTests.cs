using CutoverBot.Delivery;

namespace CutoverBot.Tests.Delivery;

public sealed class SlidingWindowLogTests
{
    private static readonly DateTimeOffset T0 = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly RateRule[] TeamsConversation =
    [
        new(7, TimeSpan.FromSeconds(1)), new(8, TimeSpan.FromSeconds(2)), new(60, TimeSpan.FromSeconds(30)), new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>Sends <paramref name="count"/> requests as early as the log allows; returns their times.</summary>
    private static List<DateTimeOffset> SendGreedily(SlidingWindowLog log, int count)
    {
        var now = T0;
        var times = new List<DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            now += log.WaitBeforeNext(now);
            Assert.Equal(TimeSpan.Zero, log.WaitBeforeNext(now));
            log.Record(now);
            times.Add(now);
        }
        return times;
    }

    [Fact]
    public void WaitBeforeNext_SeventhAndEighthMessage_SeventhGoesAtOnceEighthWaitsASecond()
    {
        var times = SendGreedily(new SlidingWindowLog(TeamsConversation), 8);

        Assert.All(times.Take(7), t => Assert.Equal(T0, t));
        Assert.Equal(T0.AddSeconds(1), times[7]);
    }

    [Fact]
    public void WaitBeforeNext_SixtyOneMessages_TheSixtyFirstWaitsForTheThirtySecondWindow()
    {
        var times = SendGreedily(new SlidingWindowLog(TeamsConversation), 61);

        Assert.True(DeliveryLimitsTests.MaxInAnyWindow(times, TimeSpan.FromSeconds(2)) <= 8);
        Assert.True(DeliveryLimitsTests.MaxInAnyWindow(times, TimeSpan.FromSeconds(30)) <= 60);
        Assert.Equal(T0.AddSeconds(30), times[60]);
    }

    [Fact]
    public void WaitBeforeNext_1801Messages_TheLastWaitsForTheHourWindow()
    {
        var times = SendGreedily(new SlidingWindowLog(TeamsConversation), 1801);

        Assert.True(DeliveryLimitsTests.MaxInAnyWindow(times, TimeSpan.FromHours(1)) <= 1800);
        Assert.Equal(T0.AddHours(1), times[1800]);
    }

    [Fact]
    public void WaitBeforeNext_FiftyPerSecondTenantRule_FiftyFirstWaitsOneSecond()
    {
        var times = SendGreedily(new SlidingWindowLog([new RateRule(50, TimeSpan.FromSeconds(1))]), 101);

        Assert.Equal(T0, times[49]);
        Assert.Equal(T0.AddSeconds(1), times[50]);
        Assert.Equal(T0.AddSeconds(2), times[100]);
    }
}
