namespace CutoverBot.Delivery;

/// <summary>
/// A turn's place among those let in at once (see <c>Bot.TurnGate</c>). The limit is for the turns' synchronous storage
/// work; a turn waiting on the Bot Connector uses no thread, so it steps away for the wait and takes a place again
/// before going on. Held for the whole turn, a place kept later turns out through a connector outage: eight turns at
/// a time, each waiting its full send budget, and the rest waited past the 15 seconds after which Teams gives up on a
/// message, so their replies were never sent.
/// </summary>
internal sealed class TurnSlot(SemaphoreSlim slots) : IDisposable
{
    private static readonly AsyncLocal<TurnSlot?> Current = new();

    private readonly Lock _state = new();
    private bool _held = true;
    private int _away;
    private bool _ended;

    /// <summary>Makes this the place of the turn that runs from here (an async flow).</summary>
    public TurnSlot ForThisTurn()
    {
        Current.Value = this;
        return this;
    }

    /// <summary>Gives up the current turn's place until the result is disposed (nothing when the turn has none).</summary>
    public static Away StepAway() => new(Current.Value?.Leave());

    public void Dispose()
    {
        bool release;
        lock (_state)
        {
            if (_ended) return;
            _ended = true;
            release = _held;
            _held = false;
        }
        if (release) slots.Release();
    }

    private TurnSlot Leave()
    {
        bool release;
        lock (_state)
        {
            release = ++_away == 1 && _held;
            if (release) _held = false;
        }
        if (release) slots.Release();
        return this;
    }

    private async ValueTask ReturnAsync()
    {
        lock (_state)
        {
            if (--_away > 0 || _ended) return;
        }
        // Not the turn's token: a turn Teams stopped waiting for still finishes what it started (its queued replies).
        await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        bool giveBack;
        lock (_state)
        {
            giveBack = _ended || _away > 0 || _held;
            if (!giveBack) _held = true;
        }
        if (giveBack) slots.Release();
    }

    /// <summary>The time a turn is away from its place; dispose it to take a place again.</summary>
    internal readonly struct Away(TurnSlot? slot) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => slot?.ReturnAsync() ?? ValueTask.CompletedTask;
    }
}
