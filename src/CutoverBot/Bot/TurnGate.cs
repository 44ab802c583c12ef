using CutoverBot.Delivery;

namespace CutoverBot.Bot;

/// <summary>
/// How many turns run at once. A turn's storage calls are synchronous, and on Linux .NET wakes a thread waiting on a
/// socket (a PostgreSQL answer) by way of the thread pool. A burst of hundreds of turns took every pool thread: all
/// but one waited on the practice's reference counter, and the one holding it could not be woken to commit, so the
/// burst stalled until the 30-second command timeout and those saves failed. Turns past the limit wait here without
/// a thread, and the pool is kept large enough that the turns let in never use its last threads. A turn gives up its
/// place while it waits on the Bot Connector (<see cref="TurnSlot"/>).
/// </summary>
internal sealed class TurnGate
{
    private readonly SemaphoreSlim _slots;

    public TurnGate()
    {
        var capacity = Capacity = Math.Max(8, 4 * Environment.ProcessorCount);
        _slots = new SemaphoreSlim(capacity, capacity);
        ThreadPool.GetMinThreads(out var workers, out var io);
        var wanted = capacity + Environment.ProcessorCount;
        if (workers < wanted) ThreadPool.SetMinThreads(wanted, io);
    }

    /// <summary>How many turns run at once.</summary>
    public int Capacity { get; }

    /// <summary>Waits for a place; dispose the result when the turn ends.</summary>
    public async Task<TurnSlot> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new TurnSlot(_slots);
    }
}
