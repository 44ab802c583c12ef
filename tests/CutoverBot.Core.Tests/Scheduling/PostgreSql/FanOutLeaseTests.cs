using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Scheduling.PostgreSql;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Scheduling.PostgreSql;

/// <summary>
/// The morning fan-out's lease between two instances on the real server (each its own pool): one holds it at a time;
/// when the holder stops renewing the other takes it over once it has expired, not before; and from then on the old
/// holder can claim no post, renew nothing, and cannot put on the wire a post it had claimed before.
/// </summary>
public sealed class FanOutLeaseTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private static readonly DateTimeOffset Seven = new(2027, 3, 29, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2027, 3, 29);
    private readonly PostgresDatabase _dbA = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly PostgresDatabase _dbB = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");
    private readonly List<(IFanOutLease Lease, FanOutTurn Turn)> _taken = [];

    public void Dispose()
    {
        // The class's tests share the lease row: release what they took so the next test starts with a free lease.
        foreach (var (lease, turn) in _taken) lease.Release(turn);
        _dbA.Dispose();
        _dbB.Dispose();
    }

    [Fact]
    public void TryTake_TwoInstancesRacing_ExactlyOneHoldsIt()
    {
        var leases = Enumerable.Range(0, 8).Select(i => new PostgresFanOutLease(i % 2 == 0 ? _dbA : _dbB)).ToList();
        var turns = new FanOutTurn?[leases.Count];

        Parallel.For(0, leases.Count, i => turns[i] = leases[i].TryTake(Seven));

        var holders = turns.Select((t, i) => (t, i)).Where(x => x.t is not null).ToList();
        Assert.True(holders.Count == 1, $"{holders.Count} instances hold the fan-out lease at once");
        _taken.Add((leases[holders[0].i], holders[0].t!));
    }

    [Fact]
    public void TryTake_HolderStopsRenewing_TheOtherTakesOverOnlyOnceItExpires_WithAHigherFence()
    {
        var (a, b) = (new PostgresFanOutLease(_dbA), new PostgresFanOutLease(_dbB));
        var first = Take(a, Seven);
        Assert.True(a.Renew(first, Seven.AddSeconds(10)));
        Assert.True(a.Renew(first, Seven.AddSeconds(20)));

        // The last renewal was at +20 s: the lease lasts 30 s from it.
        Assert.Null(b.TryTake(Seven.AddSeconds(49)));
        var second = Take(b, Seven.AddSeconds(50));

        Assert.True(second.Fence > first.Fence, $"the take-over kept fence {first.Fence}");
        Assert.False(a.Renew(first, Seven.AddSeconds(51)), "the old holder renewed a lease another instance had taken over");
        Assert.Null(a.TryTake(Seven.AddSeconds(51)));
    }

    [Fact]
    public void TryClaim_FencedOutHolder_CannotClaim_TheNewHolderPostsOnlyWhatWasNotPosted()
    {
        var (leaseA, leaseB) = (new PostgresFanOutLease(_dbA), new PostgresFanOutLease(_dbB));
        var (logA, logB) = (new PostgresPostLogStore(_dbA), new PostgresPostLogStore(_dbB));
        var posts = Enumerable.Range(1, 6).Select(i => new PostKey(_practice + i, MorningPostKind.ChannelChecklist, Day)).ToList();
        var turnA = Take(leaseA, Seven);
        // A posts three cards, claims a fourth that waits for Teams' limits, has a fifth with the connector, and dies.
        foreach (var post in posts.Take(3))
        {
            Assert.True(logA.TryClaim(post, Seven, turnA));
            logA.MarkOnWire(post, true);
            logA.MarkSent(post, "activity", "19:channel", Seven.AddSeconds(1));
        }
        Assert.True(logA.TryClaim(posts[3], Seven.AddSeconds(2), turnA));
        Assert.True(logA.TryClaim(posts[4], Seven.AddSeconds(2), turnA));
        logA.MarkOnWire(posts[4], true);

        var turnB = Take(leaseB, Seven.AddSeconds(31));
        var sentByB = posts.Where(post => logB.Find(post) is { Status: PostStatus.Claimed }
            ? logB.TryReclaimInterrupted(post, Seven.AddSeconds(31), turnB)
            : logB.TryClaim(post, Seven.AddSeconds(31), turnB)).ToList();

        Assert.Equal([posts[3], posts[5]], sentByB);
        Assert.False(logA.TryClaim(posts[5], Seven.AddSeconds(32), turnA), "a holder that lost the lease claimed a post");
        Assert.False(logA.TryClaim(new PostKey(_practice + "7", MorningPostKind.ChannelChecklist, Day), Seven.AddSeconds(32), turnA),
            "a holder that lost the lease claimed a post nobody had claimed");
        // Nor may it record the day as handled, or the new holder would skip the practices it never posted to.
        Assert.False(logA.MarkPlanned(_practice + "6", Day, "08:00", Seven.AddSeconds(32), turnA));
        Assert.False(logB.WasPlanned(_practice + "6", Day, "08:00"), "a holder that lost the lease marked a day it had not posted as planned");
    }

    [Fact]
    public void MarkOnWire_PostTakenOverWhileItWaited_RefusedSoItNeverLeavesTwice()
    {
        var (leaseA, leaseB) = (new PostgresFanOutLease(_dbA), new PostgresFanOutLease(_dbB));
        var (logA, logB) = (new PostgresPostLogStore(_dbA), new PostgresPostLogStore(_dbB));
        var post = new PostKey(_practice, MorningPostKind.ManagerMorning, Day);
        Assert.True(logA.TryClaim(post, Seven, Take(leaseA, Seven)));

        // A stalled past its lease while the post waited for Teams' limits; B took over and sent it.
        var turnB = Take(leaseB, Seven.AddMinutes(1));
        Assert.True(logB.TryReclaimInterrupted(post, Seven.AddMinutes(1), turnB));
        logB.MarkOnWire(post, true);
        logB.MarkSent(post, "activity-b", "a:manager", Seven.AddMinutes(1));

        Assert.Throws<PostClaimLostException>(() => logA.MarkOnWire(post, true));
        logA.MarkFailed(post, Seven.AddMinutes(11));
        var record = logB.Find(post)!;
        Assert.Equal((PostStatus.Sent, "activity-b", 2), (record.Status, record.ActivityId, record.Attempts));
    }

    private FanOutTurn Take(IFanOutLease lease, DateTimeOffset at)
    {
        var turn = lease.TryTake(at) ?? throw new InvalidOperationException($"the lease was not free at {at:HH:mm:ss}");
        _taken.Add((lease, turn));
        return turn;
    }
}
