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

    private static PostKey Key(DateOnly date, MorningPostKind kind = Channel, string practiceId = PracticeId) => new(practiceId, kind, date);

    private static PostKey Nudge(string userId, DateOnly? date = null) => new(PracticeId, MorningPostKind.ReentryNudge, date ?? Day, userId);

    [Fact]
    public void TryClaim_SamePostTwice_OnlyTheFirstClaimWins()
    {
        Assert.True(_log.TryClaim(Key(Day), Now));
        Assert.False(_log.TryClaim(Key(Day), Now));
        Assert.True(_log.TryClaim(Key(Day, MorningPostKind.ManagerMorning), Now));
        Assert.True(_log.TryClaim(Key(Day.AddDays(1)), Now));
    }

    [Fact]
    public void TryClaim_ManyThreadsAtOnce_ExactlyOneWins()
    {
        var wins = 0;
        Parallel.For(0, 32, _ => { if (_log.TryClaim(Key(Day), Now)) Interlocked.Increment(ref wins); });

        Assert.Equal(1, wins);
    }

    [Fact]
    public void TryClaim_NudgesToTwoPeopleOnOneDay_BothClaimedEachOnlyOnce()
    {
        Assert.True(_log.TryClaim(Nudge("29:sam"), Now));
        Assert.True(_log.TryClaim(Nudge("29:alex"), Now));
        Assert.False(_log.TryClaim(Nudge("29:sam"), Now));
        Assert.False(_log.TryClaim(Nudge("29:alex"), Now.AddHours(2)));
        Assert.True(_log.TryClaim(Nudge("29:sam", Day.AddDays(1)), Now.AddDays(1)));

        Assert.Equal($"{PracticeId}|ReentryNudge|2027-03-28|29:sam", _log.Find(Nudge("29:sam"))!.Id);
        Assert.Equal("29:alex", _log.Find(Nudge("29:alex"))!.RecipientUserId);
    }

    [Fact]
    public void TryClaim_ManyThreadsNudgingTwoPeople_ExactlyOneClaimEach()
    {
        var wins = new int[2];
        Parallel.For(0, 64, i => { if (_log.TryClaim(Nudge(i % 2 == 0 ? "29:sam" : "29:alex"), Now)) Interlocked.Increment(ref wins[i % 2]); });

        Assert.Equal([1, 1], wins);
    }

    [Fact]
    public void Find_ChannelAndManagerPosts_KeyedWithoutRecipientAsBefore()
    {
        // The manager's card names its recipient but is one a day: a manager changed mid-morning gets no second card.
        Assert.True(_log.TryClaim(new PostKey(PracticeId, MorningPostKind.ManagerMorning, Day, "29:manager"), Now));
        Assert.False(_log.TryClaim(new PostKey(PracticeId, MorningPostKind.ManagerMorning, Day, "29:new-manager"), Now));
        _log.TryClaim(Key(Day), Now);

        Assert.Equal($"{PracticeId}|ManagerMorning|2027-03-28", _log.Find(PracticeId, MorningPostKind.ManagerMorning, Day)!.Id);
        Assert.Null(_log.Find(PracticeId, MorningPostKind.ManagerMorning, Day)!.RecipientUserId);
        Assert.Equal($"{PracticeId}|ChannelChecklist|2027-03-28", _log.Find(PracticeId, Channel, Day)!.Id);
    }

    [Fact]
    public void TryClaim_FailedPost_ClaimableAgainOnlyFromItsRetryTime()
    {
        _log.TryClaim(Key(Day), Now);
        _log.MarkFailed(Key(Day), Now.AddMinutes(10));

        Assert.False(_log.HasRetryDue(PracticeId, Day, Now.AddMinutes(9)));
        Assert.True(_log.HasRetryDue(PracticeId, Day, Now.AddMinutes(10)));
        Assert.False(_log.TryClaim(Key(Day), Now.AddMinutes(9)));
        Assert.True(_log.TryClaim(Key(Day), Now.AddMinutes(10)));
        Assert.False(_log.TryClaim(Key(Day), Now.AddMinutes(10)));
        Assert.Equal(2, _log.Find(Key(Day))!.Attempts);
        Assert.False(_log.HasRetryDue(PracticeId, Day, Now.AddMinutes(10)));
    }

    [Fact]
    public void TryClaim_ClaimLeftByAStoppedProcess_NeverClaimedAgain()
    {
        _log.TryClaim(Key(Day), Now);
        _log.TryClaim(Nudge("29:sam"), Now);
        Reopen();

        Assert.False(_log.TryClaim(Key(Day), Now.AddHours(3)));
        Assert.False(_log.TryClaim(Nudge("29:sam"), Now.AddHours(3)));
        Assert.Equal(PostStatus.Claimed, _log.Find(Key(Day))!.Status);
    }

    [Fact]
    public void MarkSent_AfterReopeningTheDatabase_KeepsActivityConversationAndTimes()
    {
        _log.TryClaim(Key(Day), Now);
        _log.MarkSent(Key(Day), "activity-7", PracticeId, Now.AddSeconds(2));
        Reopen();

        var record = _log.Find(PracticeId, Channel, Day)!;
        Assert.Equal(PostStatus.Sent, record.Status);
        Assert.Equal("activity-7", record.ActivityId);
        Assert.Equal(PracticeId, record.ConversationId);
        Assert.Equal(Now.AddSeconds(2), record.SentAt);
        Assert.Equal(Day, record.Date);
        Assert.Equal($"{PracticeId}|ChannelChecklist|2027-03-28", record.Id);
        Assert.False(_log.TryClaim(Key(Day), Now.AddHours(1)));
    }

    [Fact]
    public void SentAndNotSupersededBefore_EarlierSentCards_NewestFirstUntilSuperseded()
    {
        foreach (var offset in new[] { -2, -1, 0 })
        {
            _log.TryClaim(Key(Day.AddDays(offset)), Now);
            _log.MarkSent(Key(Day.AddDays(offset)), "a" + offset, PracticeId, Now);
        }
        _log.TryClaim(Key(Day.AddDays(-3)), Now);
        _log.MarkGaveUp(Key(Day.AddDays(-3)));
        _log.TryClaim(Key(Day.AddDays(-4), MorningPostKind.GoLiveChannel), Now);
        _log.MarkSent(Key(Day.AddDays(-4), MorningPostKind.GoLiveChannel), "golive", PracticeId, Now);

        Assert.Equal([Day.AddDays(-1), Day.AddDays(-2)], _log.SentAndNotSupersededBefore(PracticeId, Channel, Day).Select(r => r.Date));

        _log.MarkSuperseded(Key(Day.AddDays(-1)), Now);
        Assert.Equal([Day.AddDays(-2)], _log.SentAndNotSupersededBefore(PracticeId, Channel, Day).Select(r => r.Date));
    }

    [Fact]
    public void EarliestRetry_FailedPostsOfTheDay_TheSoonest()
    {
        _log.TryClaim(Key(Day, practiceId: "p1"), Now);
        _log.MarkFailed(Key(Day, practiceId: "p1"), Now.AddMinutes(20));
        _log.TryClaim(Key(Day, practiceId: "p2"), Now);
        _log.MarkFailed(Key(Day, practiceId: "p2"), Now.AddMinutes(10));

        Assert.Equal(Now.AddMinutes(10), _log.EarliestRetry(Day));
        Assert.Null(_log.EarliestRetry(Day.AddDays(1)));
    }

    [Fact]
    public void WasPlanned_SameSettingsAfterReopening_TrueOtherSettingsOrDayFalse()
    {
        _log.MarkPlanned(PracticeId, Day, "settings-1", Now);
        Reopen();

        Assert.True(_log.WasPlanned(PracticeId, Day, "settings-1"));
        Assert.False(_log.WasPlanned(PracticeId, Day, "settings-2"));
        Assert.False(_log.WasPlanned(PracticeId, Day.AddDays(1), "settings-1"));
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
