using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling.PostgreSql;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Delivery;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Tests.Scheduling;

/// <summary>
/// The morning fan-out with two instances on one PostgreSQL database: only the lease holder posts; when it freezes
/// mid-way (it stops renewing), the other takes over once the lease has expired (30 s after the holder's last renewal,
/// seen within one 10 s look) and posts only what was not posted, the card the frozen one had claimed included; the
/// frozen one, when it wakes, posts nothing more.
/// </summary>
public sealed class TwoInstanceMorningTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IAsyncDisposable
{
    private static readonly DateTimeOffset Eight = new(2027, 1, 11, 8, 0, 0, TimeSpan.Zero);
    private readonly PostgresDatabase _dbA = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly PostgresDatabase _dbB = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly SchedulerHarness _a = new(Eight);
    private readonly SchedulerHarness _b = new(Eight);
    // The class's tests share the database: each its own practices.
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public async ValueTask DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        _dbA.Dispose();
        _dbB.Dispose();
    }

    [Fact]
    public async Task RunAsync_HolderFreezesAfterFourCards_TheOtherTakesOverWithinTheBoundAndPostsOnlyTheRest()
    {
        var lease = new PostgresFanOutLease(_dbA);
        var bound = lease.Duration + lease.RenewEvery!.Value;
        _a.Shared = (new PostgresPostLogStore(_dbA), lease);
        _b.Shared = (new PostgresPostLogStore(_dbB), new PostgresFanOutLease(_dbB));
        foreach (var i in Enumerable.Range(1, 10))
        {
            _a.AddPractice(Team(i), manager: null);
            _b.AddPractice(Team(i), manager: null);
        }
        var frozen = new FreezingSender(_a.Sender, freezeOnCall: 5);
        var jobA = _a.NewJob(frozen);
        var jobB = _b.NewJob();

        var passA = Task.Run(() => jobA.RunAsync(Eight, CancellationToken.None));
        var frozenPractice = await frozen.Frozen.WaitAsync(TimeSpan.FromSeconds(30));
        // B looks every 10 s (the scheduler's retry while another holds the lease) until it gets the lease.
        var tookOverAt = Eight;
        while (!await jobB.RunAsync(_b.Time.GetUtcNow(), CancellationToken.None))
        {
            Assert.True(_b.Time.GetUtcNow() - Eight < bound, $"B had not taken over {bound} after the holder froze");
            _b.Time.Advance(jobB.LeaseRetry);
            tookOverAt = _b.Time.GetUtcNow();
        }
        frozen.Thaw();
        await passA.WaitAsync(TimeSpan.FromSeconds(30));

        var byA = _a.ChannelPosts.Select(p => p.PracticeId).ToList();
        var byB = _b.ChannelPosts.Select(p => p.PracticeId).ToList();
        Assert.Equal(4, byA.Count);
        Assert.Equal(6, byB.Count);
        Assert.Contains(frozenPractice, byB);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => Team(i)).Order(), byA.Concat(byB).Order());
        Assert.True(tookOverAt - Eight is var took && took >= lease.Duration && took <= bound, $"taken over after {tookOverAt - Eight}");
    }

    [Fact]
    public async Task RunAsync_FrozenHolderWakesAfterTheTakeOver_SendsOnlyTheCardItHadInHandThenStops()
    {
        var leaseB = new PostgresFanOutLease(_dbB);
        _a.Shared = (new PostgresPostLogStore(_dbA), new PostgresFanOutLease(_dbA));
        _b.Shared = (new PostgresPostLogStore(_dbB), leaseB);
        foreach (var i in Enumerable.Range(1, 10))
        {
            _a.AddPractice(Team(i), manager: null);
            _b.AddPractice(Team(i), manager: null);
        }
        var frozen = new FreezingSender(_a.Sender, freezeOnCall: 5);
        var passA = Task.Run(() => _a.NewJob(frozen).RunAsync(Eight, CancellationToken.None));
        await frozen.Frozen.WaitAsync(TimeSpan.FromSeconds(30));

        // B takes the lease over as its pass starts; A wakes before B has posted anything.
        _b.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.NotNull(leaseB.TryTake(_b.Time.GetUtcNow()));
        frozen.Thaw();
        await passA.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(await _b.NewJob().RunAsync(_b.Time.GetUtcNow(), CancellationToken.None));

        Assert.True(_a.ChannelPosts.Count == 5, $"the instance that lost the lease posted {_a.ChannelPosts.Count} cards, not the 4 before it froze and the one in hand");
        Assert.Equal(5, _b.ChannelPosts.Count);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => Team(i)).Order(),
            _a.ChannelPosts.Concat(_b.ChannelPosts).Select(p => p.PracticeId).Order());
    }

    [Fact]
    public async Task Scheduler_AnotherInstanceHoldsTheLeaseAndDies_LooksAgainEveryTenSecondsAndTakesOver()
    {
        _a.Shared = (new PostgresPostLogStore(_dbA), new PostgresFanOutLease(_dbA));
        _b.Shared = (new PostgresPostLogStore(_dbB), new PostgresFanOutLease(_dbB));
        foreach (var i in Enumerable.Range(1, 10))
        {
            _a.AddPractice(Team(i), manager: null);
            _b.AddPractice(Team(i), manager: null);
        }
        var frozen = new FreezingSender(_a.Sender, freezeOnCall: 5);
        var passA = Task.Run(() => _a.NewJob(frozen).RunAsync(Eight, CancellationToken.None));
        await frozen.Frozen.WaitAsync(TimeSpan.FromSeconds(30));

        await _b.StartAsync();
        await _b.RunUntilAsync(Eight.AddSeconds(29));
        await Task.Delay(200);
        var beforeExpiry = _b.ChannelPosts.Count;
        // The lease expires at 08:00:30; B's look at 08:00:30 (every 10 s since 08:00) takes it over.
        await _b.RunUntilAsync(Eight.AddSeconds(40));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_b.ChannelPosts.Count < 6 && DateTime.UtcNow < deadline) await Task.Delay(20);
        frozen.Thaw();
        await passA.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(beforeExpiry == 0, $"the other instance posted {beforeExpiry} cards while the holder's lease had not expired");
        Assert.Equal(6, _b.ChannelPosts.Count);
        Assert.Equal(4, _a.ChannelPosts.Count);
    }

    [Fact]
    public async Task RunAsync_RenewalFindsTheLeaseTakenOver_ThePassStopsBeforeItsNextCard()
    {
        var leaseB = new PostgresFanOutLease(_dbB);
        _a.Shared = (new PostgresPostLogStore(_dbA), new PostgresFanOutLease(_dbA));
        _b.Shared = (new PostgresPostLogStore(_dbB), leaseB);
        foreach (var i in Enumerable.Range(1, 10)) _a.AddPractice(Team(i), manager: null);
        var frozen = new FreezingSender(_a.Sender, freezeOnCall: 3);
        var passA = Task.Run(() => _a.NewJob(frozen).RunAsync(Eight, CancellationToken.None));
        await frozen.Frozen.WaitAsync(TimeSpan.FromSeconds(30));

        _b.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.NotNull(leaseB.TryTake(_b.Time.GetUtcNow()));
        // A's next renewal, 10 s into its pass, finds the lease another instance's.
        _a.Time.Advance(TimeSpan.FromSeconds(10));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_a.Logs.Lines.Any(l => l.Contains("lost the morning fan-out lease", StringComparison.Ordinal)) && DateTime.UtcNow < deadline) await Task.Delay(20);
        frozen.Thaw();
        var held = await passA.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(held, "the pass went on as if it still held the lease");
        Assert.Equal(3, _a.ChannelPosts.Count);
        Assert.Contains(_a.Logs.Lines, l => l.Contains("lost the morning fan-out lease", StringComparison.Ordinal));
    }

    private string Team(int i) => $"19:team-{_run}-{i}@thread.tacv2";

    /// <summary>The frozen instance's sender: its Nth send stops before the request leaves, until thawed.</summary>
    private sealed class FreezingSender(IProactiveSender inner, int freezeOnCall) : IProactiveSender
    {
        private readonly TaskCompletionSource<string> _frozen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _thawed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public Task<string> Frozen => _frozen.Task;

        public void Thaw() => _thawed.TrySetResult();

        public Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, CancellationToken cancellationToken) =>
            inner.SendCardAsync(practice, recipientUserId, cardJson, cancellationToken);

        public async Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, Action<bool> onWire, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == freezeOnCall)
            {
                _frozen.TrySetResult(practice.Id);
                await _thawed.Task;
            }
            return await inner.SendCardAsync(practice, recipientUserId, cardJson, onWire, cancellationToken);
        }

        public Task<SendResult> UpdateCardAsync(Practice practice, string conversationId, string activityId, string cardJson, CancellationToken cancellationToken) =>
            inner.UpdateCardAsync(practice, conversationId, activityId, cardJson, cancellationToken);
    }
}
