namespace CutoverBot.Delivery;

/// <summary>
/// The tenant-wide proactive limit shared by every instance on one database (PostgreSQL), so that two instances do not
/// each spend the whole of Teams' per-tenant budget. Not registered on LiteDB: one process, whose own window is the
/// tenant's (<see cref="DeliveryLimiter"/>).
/// </summary>
public interface ISharedTenantWindow
{
    /// <summary>
    /// Counts one request of the tenant at <paramref name="now"/> when fewer than <paramref name="rule"/>'s limit left in
    /// its window, from any instance, and returns zero; otherwise counts nothing and returns how long until one fits.
    /// </summary>
    TimeSpan TryTake(string tenantId, RateRule rule, DateTimeOffset now);
}
