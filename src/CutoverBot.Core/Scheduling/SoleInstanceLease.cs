namespace CutoverBot.Core.Scheduling;

/// <summary>The lease on LiteDB: the file belongs to one process, so that process always holds it and nothing is stored.</summary>
public sealed class SoleInstanceLease : IFanOutLease
{
    public TimeSpan? RenewEvery => null;

    public TimeSpan Duration => TimeSpan.Zero;

    public FanOutTurn? TryTake(DateTimeOffset now) => FanOutTurn.Sole;

    public bool Renew(FanOutTurn turn, DateTimeOffset now) => true;

    public void Release(FanOutTurn turn)
    {
    }
}
