using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Scheduling.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>
/// The morning posts' log on every engine: each post is claimed by exactly one sender however many race for it, from one
/// instance or two; a failed post comes back at its retry time, once; what was recorded is what status and the next
/// morning read.
/// </summary>
public abstract class PostLogContract(StoreEngine engine) : IDisposable
{
    private static readonly DateOnly Day = new(2027, 3, 29);
    private static readonly DateTimeOffset Seven = new(2027, 3, 29, 6, 0, 0, TimeSpan.Zero);
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    private IFanOutLease? _lease;
    private FanOutTurn? _turn;

    public void Dispose()
    {
        // The class's tests share one database, and so one lease row: the next test takes it afresh.
        if (_turn is not null) _lease!.Release(_turn);
        engine.Dispose();
    }

    private IPostLogStore Log() => engine.Make<IPostLogStore>(db => new PostLogStore(db), pg => new PostgresPostLogStore(pg));

    private IPostLogStore LogOfAnotherInstance() => engine.MakeOnAnotherInstance<IPostLogStore>(db => new PostLogStore(db), pg => new PostgresPostLogStore(pg));

    // The one turn at the fan-out both instances' stores are given, so what is tested is the log's own guard.
    private FanOutTurn Turn()
    {
        // Held all day: the tests here are about the log; the lease's expiry has tests of its own.
        _lease = engine.Make<IFanOutLease>(_ => new SoleInstanceLease(), pg => new PostgresFanOutLease(pg) { Duration = TimeSpan.FromDays(1) });
        return _turn = _lease.TryTake(Seven) ?? throw new InvalidOperationException($"{engine.Name}: the fan-out lease was not free");
    }

    private PostKey Channel(DateOnly? date = null) => new(_practice, MorningPostKind.ChannelChecklist, date ?? Day);

    [Fact]
    public void TryClaim_TwoInstancesRacingForOnePost_ExactlyOneWins()
    {
        var (logs, turn) = (new[] { Log(), LogOfAnotherInstance() }, Turn());
        var wins = 0;

        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            if (logs[i % 2].TryClaim(Channel(), Seven, turn)) Interlocked.Increment(ref wins);
        });

        Assert.True(wins == 1, $"{engine.Name}: {wins} senders claimed the same morning post");
        Assert.Equal((PostStatus.Claimed, 1), (Log().Find(Channel())!.Status, Log().Find(Channel())!.Attempts));
    }

    [Fact]
    public void TryClaim_FailedPost_ClaimedAgainOnceFromItsRetryTime_OnEitherInstance()
    {
        var (one, two, turn) = (Log(), LogOfAnotherInstance(), Turn());
        Assert.True(one.TryClaim(Channel(), Seven, turn));
        one.MarkFailed(Channel(), Seven.AddMinutes(10));

        Assert.False(two.TryClaim(Channel(), Seven.AddMinutes(9), turn), $"{engine.Name}: a failed post was sent again before its retry time");
        Assert.Equal(Seven.AddMinutes(10), one.EarliestRetry(Day));
        Assert.True(one.HasRetryDue(_practice, Day, Seven.AddMinutes(10)));
        var wins = 0;
        Parallel.For(0, 20, i => { if ((i % 2 == 0 ? one : two).TryClaim(Channel(), Seven.AddMinutes(10), turn)) Interlocked.Increment(ref wins); });

        Assert.True(wins == 1, $"{engine.Name}: a failed post was claimed again {wins} times");
        Assert.Equal(2, one.Find(Channel())!.Attempts);
        Assert.Null(one.EarliestRetry(Day));
    }

    [Fact]
    public void TryReclaimInterrupted_ClaimLeftByAnInstanceThatStopped_TakenOnceAndNeverOnTheWire()
    {
        var (stopped, alive, turn) = (Log(), LogOfAnotherInstance(), Turn());
        var nudge = new PostKey(_practice, MorningPostKind.ReentryNudge, Day, "29:sam");
        stopped.TryClaim(Channel(), Seven, turn);
        stopped.TryClaim(nudge, Seven, turn);
        stopped.MarkOnWire(nudge, true);

        Assert.False(stopped.TryReclaimInterrupted(Channel(), Seven, turn), $"{engine.Name}: an instance reclaimed its own send in progress");
        var wins = 0;
        Parallel.For(0, 20, _ => { if (alive.TryReclaimInterrupted(Channel(), Seven.AddMinutes(1), turn)) Interlocked.Increment(ref wins); });

        Assert.True(wins == 1, $"{engine.Name}: an interrupted post was taken over {wins} times");
        Assert.False(alive.TryReclaimInterrupted(nudge, Seven.AddMinutes(1), turn), $"{engine.Name}: a post that was with Teams was taken over");
        Assert.Equal(PostStatus.Sending, alive.Find(nudge)!.Status);
    }

    [Fact]
    public void MarkSentThenSuperseded_WhatTheNextMorningAndStatusRead()
    {
        var (log, turn) = (Log(), Turn());
        foreach (var days in new[] { -3, -2, -1 })
        {
            log.TryClaim(Channel(Day.AddDays(days)), Seven.AddDays(days), turn);
            log.MarkSent(Channel(Day.AddDays(days)), $"activity{days}", "19:channel", Seven.AddDays(days).AddSeconds(5));
        }
        log.MarkSuperseded(Channel(Day.AddDays(-3)), Seven);
        log.TryClaim(Channel(), Seven, turn);
        log.MarkGaveUp(Channel());

        var current = log.SentAndNotSupersededBefore(_practice, MorningPostKind.ChannelChecklist, Day);
        var sent = log.Find(_practice, MorningPostKind.ChannelChecklist, Day.AddDays(-1))!;

        Assert.True(current.Select(r => r.Date).SequenceEqual([Day.AddDays(-1), Day.AddDays(-2)]), $"{engine.Name}: {string.Join(", ", current.Select(r => r.Date))}");
        Assert.Equal(("activity-1", "19:channel", Seven.AddDays(-1).AddSeconds(5), PostStatus.Sent), (sent.ActivityId, sent.ConversationId, sent.SentAt, sent.Status));
        Assert.Equal(Channel().Id, log.Find(Channel())!.Id);
        Assert.Equal(PostStatus.GaveUp, log.Find(Channel())!.Status);
        Assert.Equal(4, log.ForPractice(_practice).Count);
        Assert.Empty(log.ForPractice(_practice + "-other"));
    }

    [Fact]
    public void WasPlanned_OnlyForTheSameDayAndSettings_SeenByTheOtherInstance()
    {
        Assert.True(Log().MarkPlanned(_practice, Day, "08:00|manager", Seven, Turn()));

        var other = LogOfAnotherInstance();
        Assert.True(other.WasPlanned(_practice, Day, "08:00|manager"), $"{engine.Name}: a planned day was not seen");
        Assert.False(other.WasPlanned(_practice, Day, "09:00|manager"));
        Assert.False(other.WasPlanned(_practice, Day.AddDays(1), "08:00|manager"));
    }
}

public sealed class PostLogOnLiteDbTests() : PostLogContract(new LiteDbEngine());

public sealed class PostLogOnPostgreSqlTests(PostgresTestDatabase database)
    : PostLogContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
