using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Delivery.PostgreSql;

/// <summary>
/// The tenant's window on the shared server: one row per tenant with the times of its requests still in the window (at
/// most the limit), changed by one conditional upsert, so instances taking at once queue on the row and the limit holds
/// across them, as exactly as <see cref="SlidingWindowLog"/> holds it in one process.
/// </summary>
/// <remarks>
/// The times are each instance's clock (the host's <see cref="Timing.DelayClock"/>), as the per-conversation windows
/// are: NTP keeps hosts within milliseconds, and the default limit (47) leaves Teams' 50 that margin.
/// </remarks>
public sealed class PostgresTenantWindow(PostgresDatabase db) : ISharedTenantWindow
{
    private const string Take = """
        INSERT INTO cutover.tenant_sends AS s (tenant_id, times) VALUES (@tenant, ARRAY[@now])
        ON CONFLICT (tenant_id) DO UPDATE
            SET times = ARRAY(SELECT t FROM unnest(s.times) t WHERE t > @since ORDER BY t) || @now
            WHERE (SELECT count(*) FROM unnest(s.times) t WHERE t > @since) < @limit
        RETURNING true
        """;

    private const string InWindow = "SELECT ARRAY(SELECT t FROM unnest(times) t WHERE t > @since ORDER BY t) FROM cutover.tenant_sends WHERE tenant_id = @tenant";

    // A wait the refused request is given when the window has moved on meanwhile: try again almost at once.
    private static readonly TimeSpan Again = TimeSpan.FromMilliseconds(1);

    public TimeSpan TryTake(string tenantId, RateRule rule, DateTimeOffset now) => db.Use((connection, transaction) =>
    {
        var utc = now.ToUniversalTime();
        var since = utc - rule.Window;
        using (var take = new NpgsqlCommand(Take, connection, transaction))
        {
            take.Parameters.AddWithValue("tenant", tenantId);
            take.Parameters.AddWithValue("now", utc);
            take.Parameters.AddWithValue("since", since);
            take.Parameters.AddWithValue("limit", (long)rule.Limit);
            if (take.ExecuteScalar() is true) return TimeSpan.Zero;
        }
        using var read = new NpgsqlCommand(InWindow, connection, transaction);
        read.Parameters.AddWithValue("tenant", tenantId);
        read.Parameters.AddWithValue("since", since);
        if (read.ExecuteScalar() is not DateTime[] times || times.Length < rule.Limit) return Again;
        // The request that must leave the window before one more fits, as SlidingWindowLog reckons it.
        var leaving = new DateTimeOffset(times[^rule.Limit], TimeSpan.Zero);
        var wait = leaving + rule.Window - utc;
        return wait > TimeSpan.Zero ? wait : Again;
    });
}
