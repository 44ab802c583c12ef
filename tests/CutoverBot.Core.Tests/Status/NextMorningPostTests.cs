using CutoverBot.Core.Practices;
using CutoverBot.Core.Status;

namespace CutoverBot.Core.Tests.Status;

public sealed class NextMorningPostTests
{
    private static readonly Practice SetUp = new()
    {
        Id = "19:p@thread.tacv2", Name = "P", Active = true, FdpDate = new DateOnly(2027, 3, 1), GoLiveDate = new DateOnly(2027, 3, 8),
        MorningPostTime = new TimeOnly(8, 0),
    };

    [Fact]
    public void Describe_BeforeTheFirstChecklistDay_GivesThatDay()
    {
        var now = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

        var text = NextMorningPost.Describe(SetUp, new DateOnly(2027, 1, 18), postedToday: false, now);

        Assert.Equal("Mon 18 Jan 2027 at 08:00", text);
    }

    [Fact]
    public void Describe_SummerTime_ComparesWithLondonNotUtc()
    {
        // 07:30 UTC is 08:30 in London in June: today's 08:00 post has gone.
        var now = new DateTimeOffset(2026, 6, 10, 7, 30, 0, TimeSpan.Zero);
        var practice = Copy(SetUp, fdp: new DateOnly(2026, 6, 1), goLive: new DateOnly(2026, 6, 8));

        Assert.Equal("Thu 11 Jun at 08:00 (tomorrow)", NextMorningPost.Describe(practice, null, postedToday: false, now));
    }

    [Fact]
    public void Describe_LegacyAccessEnded_SaysThereAreNoMorePosts()
    {
        var now = new DateTimeOffset(2027, 7, 1, 9, 0, 0, TimeSpan.Zero);

        var text = NextMorningPost.Describe(SetUp, null, postedToday: false, now);

        Assert.Equal("None: the cutover is over (legacy access ended Sun 6 Jun 2027)", text);
    }

    [Fact]
    public void Describe_LastDayOfLegacyAccessAfterThePost_SaysThereAreNoMorePosts()
    {
        var now = new DateTimeOffset(2027, 6, 6, 9, 0, 0, TimeSpan.Zero);

        Assert.StartsWith("None: the cutover is over", NextMorningPost.Describe(SetUp, null, postedToday: false, now));
    }

    [Fact]
    public void Describe_InactivePractice_SaysNothingIsPosted()
    {
        var practice = Copy(SetUp, active: false);

        Assert.StartsWith("None: CutoverBot is no longer in the team", NextMorningPost.Describe(practice, null, false, DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData("1.0.0+3c10d05e1234567890", "1.0.0 (3c10d05)")]
    [InlineData("1.2.3", "1.2.3")]
    [InlineData("1.2.3+", "1.2.3")]
    [InlineData("", "unknown")]
    [InlineData(null, "unknown")]
    public void BotVersion_Describe_ShortensTheCommit(string? informational, string expected)
    {
        Assert.Equal(expected, BotVersion.Describe(informational));
    }

    private static Practice Copy(Practice p, bool active = true, DateOnly? fdp = null, DateOnly? goLive = null) => new()
    {
        Id = p.Id, Name = p.Name, Active = active, FdpDate = fdp ?? p.FdpDate, GoLiveDate = goLive ?? p.GoLiveDate, MorningPostTime = p.MorningPostTime,
    };
}
