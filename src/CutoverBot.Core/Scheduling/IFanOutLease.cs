namespace CutoverBot.Core.Scheduling;

/// <summary>
/// Which instance runs the morning fan-out: one at a time across every instance on the database. The holder renews it
/// while it posts; if it stops renewing (it died, or stalled), another instance takes it once it has expired, with a
/// higher fence, and the post log refuses the old holder's claims from then on. One implementation per engine:
/// <see cref="SoleInstanceLease"/> (LiteDB, always held) and <see cref="PostgreSql.PostgresFanOutLease"/>.
/// </summary>
public interface IFanOutLease
{
    /// <summary>How often the holder must renew while it posts; null when the lease never expires (one instance).</summary>
    TimeSpan? RenewEvery { get; }

    /// <summary>How long after its last renewal a lease may be taken over; zero when it never expires.</summary>
    TimeSpan Duration { get; }

    /// <summary>Takes the lease (free, expired, or already this instance's) and returns the turn; null while another instance holds it.</summary>
    FanOutTurn? TryTake(DateTimeOffset now);

    /// <summary>Extends the turn; false when the lease is no longer this turn's (taken over): stop posting.</summary>
    bool Renew(FanOutTurn turn, DateTimeOffset now);

    /// <summary>Gives the lease up at the end of a pass, so another instance need not wait for it to expire.</summary>
    void Release(FanOutTurn turn);
}
