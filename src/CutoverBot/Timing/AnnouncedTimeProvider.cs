using System.Collections.Concurrent;

namespace CutoverBot.Timing;

/// <summary>
/// The host's <see cref="TimeProvider"/> for code we do not own that waits on its own timers (Polly's retry delays):
/// it is the same clock, and it keeps the wake-up time of every one-shot timer it has running, so a test driving a fake
/// clock sees those waits as it sees <see cref="DelayClock"/>'s and can move straight to the next one.
/// </summary>
public sealed class AnnouncedTimeProvider(TimeProvider time) : TimeProvider
{
    private readonly ConcurrentDictionary<long, DateTimeOffset> _pending = new();
    private long _next;

    /// <summary>Raised whenever an announced timer starts, fires or is disposed (for test drivers).</summary>
    internal event Action? Changed;

    internal ICollection<DateTimeOffset> PendingWakes => _pending.Values;

    public override DateTimeOffset GetUtcNow() => time.GetUtcNow();

    public override long GetTimestamp() => time.GetTimestamp();

    public override long TimestampFrequency => time.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => time.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Periodic timers are not waits a driver could jump to; only one-shot timers are announced.
        if (period != Timeout.InfiniteTimeSpan) return time.CreateTimer(callback, state, dueTime, period);
        var timer = new AnnouncedTimer(this, Interlocked.Increment(ref _next));
        timer.Inner = time.CreateTimer(static s => ((AnnouncedTimer)s!).Fire(), timer, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Callback = callback;
        timer.State = state;
        timer.Change(dueTime, period);
        return timer;
    }

    private void Announce(long id, DateTimeOffset? due)
    {
        if (due is { } at) _pending[id] = at;
        else _pending.TryRemove(id, out _);
        Changed?.Invoke();
    }

    private void Forget(long id)
    {
        if (_pending.TryRemove(id, out _)) Changed?.Invoke();
    }

    private sealed class AnnouncedTimer(AnnouncedTimeProvider owner, long id) : ITimer
    {
        private readonly Lock _gate = new();

        public ITimer Inner { get; set; } = null!;
        public TimerCallback Callback { get; set; } = null!;
        public object? State { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (period != Timeout.InfiniteTimeSpan) throw new NotSupportedException("An announced timer is one-shot.");
            lock (_gate)
            {
                // As DelayClock does: the wake-up is reckoned first and announced once the timer is set, so a driver
                // that jumps to the announced time fires it.
                DateTimeOffset? due = dueTime == Timeout.InfiniteTimeSpan ? null : owner.GetUtcNow() + dueTime;
                var changed = Inner.Change(dueTime, period);
                owner.Announce(id, due);
                return changed;
            }
        }

        public void Fire()
        {
            // A timer firing at once waits here until Change has announced it, so the announcement never outlives it.
            lock (_gate) { }
            try
            {
                // Task.Delay's continuation runs inside this callback; the wait is forgotten once it has run, so a driver
                // does not move the clock on while the woken code has not yet got to its next step.
                Callback(State);
            }
            finally
            {
                owner.Forget(id);
            }
        }

        public void Dispose()
        {
            owner.Forget(id);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            owner.Forget(id);
            return Inner.DisposeAsync();
        }
    }
}
