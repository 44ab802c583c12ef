using System.Globalization;
using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Core.Scheduling.PostgreSql;

/// <summary>
/// The morning fan-out's lease on the shared server: one row, taken with one conditional upsert (free, expired, or
/// already ours), renewed every <see cref="RenewEvery"/> while the holder posts and taken over by another instance
/// <see cref="Duration"/> after its last renewal. A take-over raises the fence, which every post-log claim checks.
/// </summary>
/// <remarks>
/// Times are the injected clock's, not the server's now(): the tests drive the lease with a fake clock, and safety does
/// not rest on the clocks at all (a take-over raises the fence, so the old holder's claims fail whatever its clock
/// says). Clock skew between hosts only moves when a take-over can happen; NTP keeps it far below the 20 seconds
/// between a renewal and expiry.
/// </remarks>
public sealed class PostgresFanOutLease(PostgresDatabase db) : IFanOutLease
{
    /// <summary>The lease's row: the morning posts of every practice.</summary>
    public const string MorningFanOut = "morning-fan-out";

    private const string Take = """
        INSERT INTO cutover.fan_out_leases AS l (name, holder, fence, expires_at) VALUES (@name, @holder, 1, @until)
        ON CONFLICT (name) DO UPDATE SET
            fence = CASE WHEN l.holder = excluded.holder AND l.expires_at > @now THEN l.fence ELSE l.fence + 1 END,
            holder = excluded.holder, expires_at = excluded.expires_at
        WHERE l.expires_at <= @now OR l.holder = excluded.holder
        RETURNING fence
        """;

    /// <summary>This instance, as the lease and the logs name it (no patient value: host, process and a random part).</summary>
    public string Holder { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>Three renewals fit in it, so one slow renewal does not lose the lease.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan? RenewEvery { get; init; } = TimeSpan.FromSeconds(10);

    public FanOutTurn? TryTake(DateTimeOffset now) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(Take, connection, transaction);
        command.Parameters.AddWithValue("name", MorningFanOut);
        command.Parameters.AddWithValue("holder", Holder);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("until", (now + Duration).ToUniversalTime());
        return command.ExecuteScalar() is long fence ? new FanOutTurn(Holder, fence) : null;
    });

    // Renewed as long as nobody has taken it over (the fence is unchanged), even a little late: what makes it safe is the
    // fence, and an instance that kept its fence has posted nothing twice.
    public bool Renew(FanOutTurn turn, DateTimeOffset now) => Update(turn, "expires_at = @until", (now + Duration).ToUniversalTime()) == 1;

    public void Release(FanOutTurn turn) => Update(turn, "expires_at = '-infinity'", null);

    private int Update(FanOutTurn turn, string set, DateTimeOffset? until) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(
            $"UPDATE cutover.fan_out_leases SET {set} WHERE name = @name AND holder = @holder AND fence = @fence", connection, transaction);
        command.Parameters.AddWithValue("name", MorningFanOut);
        command.Parameters.AddWithValue("holder", turn.Holder);
        command.Parameters.AddWithValue("fence", turn.Fence);
        if (until is { } at) command.Parameters.AddWithValue("until", at);
        return command.ExecuteNonQuery();
    });

    /// <summary>
    /// True while <paramref name="turn"/> holds the lease, checked inside a post-log claim's transaction: the share lock
    /// on the lease row holds a take-over back until the claim is committed, so a claim and a take-over never cross.
    /// </summary>
    internal static bool Holds(NpgsqlConnection connection, NpgsqlTransaction transaction, FanOutTurn turn, DateTimeOffset now)
    {
        using var command = new NpgsqlCommand("""
            SELECT 1 FROM cutover.fan_out_leases
            WHERE name = @name AND holder = @holder AND fence = @fence AND expires_at > @now
            FOR SHARE
            """, connection, transaction);
        command.Parameters.AddWithValue("name", MorningFanOut);
        command.Parameters.AddWithValue("holder", turn.Holder);
        command.Parameters.AddWithValue("fence", turn.Fence);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        return command.ExecuteScalar() is not null;
    }
}
