using CutoverBot.Core.Checklist;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Storage;

namespace CutoverBot.Tests.Scheduling;

public sealed class PostLogStoreTests : IDisposable
{
    private const string PracticeId = "19:team-a@thread.tacv2";
    private const MorningPostKind Channel = MorningPostKind.ChannelChecklist;
    private static readonly DateOnly Day = new(2027, 3, 28);
    private static readonly DateTimeOffset Now = new(2027, 3, 28, 7, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-postlog-{Guid.NewGuid():N}.db");
    private CutoverDatabase _db;
    private PostLogStore _log;

    public PostLogStoreTests()
    {
        _db = new CutoverDatabase(_path);
        _log = new PostLogStore(_db);
    }

    [Fact]
    public void TryClaim_SamePostTwice_OnlyTheFirstClaimWins()
    {
        Assert.True(_log.TryClaim(PracticeId, Channel, Day, Now));
        Assert.False(_log.TryClaim(PracticeId, Channel, Day, Now));
        Assert.True(_log.TryClaim(PracticeId, MorningPostKind.ManagerMorning, Day, Now));
        Assert.True(_log.TryClaim(PracticeId, Channel, Day.AddDays(1), Now));
    }

    [Fact]
    public void TryClaim_ManyThreadsAtOnce_ExactlyOneWins()
    {
        var wins = 0;
        Parallel.For(0, 32, _ => { if (_log.TryClaim(PracticeId, Channel, Day, Now)) Interlocked.Increment(ref wins); });

        Assert.Equal(1, wins);
    }

    [Fact]
    public void TryClaim_FailedPost_ClaimableAgainOnlyFromItsRetryTime()
    {
        _log.TryClaim(PracticeId, Channel, Day, Now);
        _log.MarkFailed(PracticeId, Channel, Day, Now.AddMinutes(10));

        Assert.False(_log.TryClaim(PracticeId, Channel, Day, Now.AddMinutes(9)));
        Assert.True(_log.TryClaim(PracticeId, Channel, Day, Now.AddMinutes(10)));
        Assert.False(_log.TryClaim(PracticeId, Channel, Day, Now.AddMinutes(10)));
        Assert.Equal(2, _log.Find(PracticeId, Channel, Day)!.Attempts);
    }

    [Fact]
    public void TryClaim_ClaimLeftByAStoppedProcess_NeverClaimedAgain()
    {
        _log.TryClaim(PracticeId, Channel, Day, Now);
        Reopen();

        Assert.False(_log.TryClaim(PracticeId, Channel, Day, Now.AddHours(3)));
        Assert.Equal(PostStatus.Claimed, _log.Find(PracticeId, Channel, Day)!.Status);
    }

    [Fact]
    public void MarkSent_AfterReopeningTheDatabase_KeepsActivityConversationAndTimes()
    {
        _log.TryClaim(PracticeId, Channel, Day, Now);
        _log.MarkSent(PracticeId, Channel, Day, "activity-7", PracticeId, Now.AddSeconds(2));
        Reopen();

        var record = _log.Find(PracticeId, Channel, Day)!;
        Assert.Equal(PostStatus.Sent, record.Status);
        Assert.Equal("activity-7", record.ActivityId);
        Assert.Equal(PracticeId, record.ConversationId);
        Assert.Equal(Now.AddSeconds(2), record.SentAt);
        Assert.Equal(Day, record.Date);
        Assert.Equal($"{PracticeId}|ChannelChecklist|2027-03-28", record.Id);
        Assert.False(_log.TryClaim(PracticeId, Channel, Day, Now.AddHours(1)));
    }

    [Fact]
    public void SentAndNotSupersededBefore_EarlierSentCards_NewestFirstUntilSuperseded()
    {
        foreach (var offset in new[] { -2, -1, 0 })
        {
            _log.TryClaim(PracticeId, Channel, Day.AddDays(offset), Now);
            _log.MarkSent(PracticeId, Channel, Day.AddDays(offset), "a" + offset, PracticeId, Now);
        }
        _log.TryClaim(PracticeId, Channel, Day.AddDays(-3), Now);
        _log.MarkGaveUp(PracticeId, Channel, Day.AddDays(-3));

        Assert.Equal([Day.AddDays(-1), Day.AddDays(-2)], _log.SentAndNotSupersededBefore(PracticeId, Channel, Day).Select(r => r.Date));

        _log.MarkSuperseded(PracticeId, Channel, Day.AddDays(-1), Now);
        Assert.Equal([Day.AddDays(-2)], _log.SentAndNotSupersededBefore(PracticeId, Channel, Day).Select(r => r.Date));
    }

    [Fact]
    public void EarliestRetry_FailedPostsOfTheDay_TheSoonest()
    {
        _log.TryClaim("p1", Channel, Day, Now);
        _log.MarkFailed("p1", Channel, Day, Now.AddMinutes(20));
        _log.TryClaim("p2", Channel, Day, Now);
        _log.MarkFailed("p2", Channel, Day, Now.AddMinutes(10));

        Assert.Equal(Now.AddMinutes(10), _log.EarliestRetry(Day));
        Assert.Null(_log.EarliestRetry(Day.AddDays(1)));
    }

    private void Reopen()
    {
        _db.Dispose();
        _db = new CutoverDatabase(_path);
        _log = new PostLogStore(_db);
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_path);
    }
}
