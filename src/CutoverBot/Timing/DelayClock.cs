using System.Collections.Concurrent;

namespace CutoverBot.Timing;

/// <summary>
/// The scheduler's and the sender's only way to wait. Waits run on the <see cref="TimeProvider"/>; the clock also keeps
/// the wake-up times of the waits in progress, its own and those of <see cref="Announced"/>'s timers, so a test can
/// move a fake clock straight to the next one.
/// </summary>
public sealed class DelayClock
{
    private readonly ConcurrentDictionary<long, DateTimeOffset> _pending = new();
    private readonly TimeProvider _time;
    private long _next;

    public DelayClock(TimeProvider time)
    {
        _time = time;
        Announced = new AnnouncedTimeProvider(time);
        Announced.Changed += () => Changed?.Invoke();
    }

    public TimeProvider Time => _time;

    /// <summary>The same time for libraries that wait on their own timers (Polly), with those waits counted here.</summary>
    public AnnouncedTimeProvider Announced { get; }

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    /// <summary>Raised whenever a wait starts or ends (for test drivers).</summary>
    internal event Action? Changed;

    internal DateTimeOffset? EarliestWake
    {
        get
        {
            // One snapshot each: checking IsEmpty first and then taking Min of a second read races with a wait finishing.
            var pending = _pending.Values.Concat(Announced.PendingWakes).ToList();
            return pending.Count == 0 ? null : pending.Min();
        }
    }

    public async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero) return;
        var id = Interlocked.Increment(ref _next);
        var due = _time.GetUtcNow() + delay;
        // The timer exists before the wait is announced, so a test driver that jumps to the announced time fires it.
        var wait = Task.Delay(delay, _time, cancellationToken);
        _pending[id] = due;
        Changed?.Invoke();
        // A cancelled wait is forgotten at once, not when its continuation gets round to running.
        using var forget = cancellationToken.Register(() => Forget(id));
        try
        {
            await wait;
        }
        finally
        {
            Forget(id);
        }
    }

    private void Forget(long id)
    {
        if (_pending.TryRemove(id, out _)) Changed?.Invoke();
    }
}
