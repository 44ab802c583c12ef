using System.Collections.Concurrent;

namespace CutoverBot.Timing;

/// <summary>
/// The scheduler's and the sender's only way to wait. Waits run on the <see cref="TimeProvider"/>; the clock also keeps
/// the wake-up times of the waits in progress, so a test can move a fake clock straight to the next one.
/// </summary>
public sealed class DelayClock(TimeProvider time)
{
    private readonly ConcurrentDictionary<long, DateTimeOffset> _pending = new();
    private long _next;

    public TimeProvider Time => time;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>Raised whenever a wait starts or ends (for test drivers).</summary>
    internal event Action? Changed;

    internal DateTimeOffset? EarliestWake
    {
        get
        {
            // One snapshot: checking IsEmpty first and then taking Min of a second read races with a wait finishing.
            var pending = _pending.Values;
            return pending.Count == 0 ? null : pending.Min();
        }
    }

    public async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero) return;
        var id = Interlocked.Increment(ref _next);
        var due = time.GetUtcNow() + delay;
        // The timer exists before the wait is announced, so a test driver that jumps to the announced time fires it.
        var wait = Task.Delay(delay, time, cancellationToken);
        _pending[id] = due;
        Changed?.Invoke();
        // A cancelled wait is forgotten at once, not when its continuation gets round to running.
        using var forget = cancellationToken.Register(() => Forget(id));
        try
        {
            await wait.ConfigureAwait(false);
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
