namespace CutoverBot.Core.Scheduling;

/// <summary>
/// This instance's turn at the morning fan-out: who holds the lease and its fence, the number the lease was given when
/// this holder took it. A claim made with a turn whose fence is no longer the lease's is refused, so an instance that
/// lost the lease (it stalled, another took over) cannot post again.
/// </summary>
public sealed record FanOutTurn(string Holder, long Fence)
{
    /// <summary>The turn of the only instance there is (LiteDB: one process holds the file).</summary>
    public static FanOutTurn Sole { get; } = new("sole", 0);
}
