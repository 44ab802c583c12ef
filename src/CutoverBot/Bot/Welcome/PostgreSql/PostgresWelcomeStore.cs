using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Bot.Welcome.PostgreSql;

/// <summary>
/// The greeting claims on the shared server. A claim is one INSERT ... ON CONFLICT DO UPDATE ... WHERE, so of two
/// instances claiming at once exactly one gets the row. Another instance's claim may be live here (unlike LiteDB's
/// one process), so it is taken over only once released or older than <see cref="ClaimLease"/>: longer than any
/// greeting takes (its sends are bounded by the turn budget; one Teams does not take in time goes to the outbox).
/// </summary>
internal sealed class PostgresWelcomeStore(PostgresDatabase db) : IWelcomeStore
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    private const string Columns = "id, claimed_by, claimed_at, attempts, text_sent_at, card_sent_at, completed_at";

    private static readonly string ClaimSql = $"""
        INSERT INTO cutover.welcomes AS w (id, claimed_by, claimed_at, attempts) VALUES (@id, @owner, @now, 1)
        ON CONFLICT (id) DO UPDATE SET claimed_by = @owner, claimed_at = @now, attempts = w.attempts + 1
            WHERE w.completed_at IS NULL AND (w.claimed_by IS NULL OR w.claimed_at <= @stale)
        RETURNING {Columns}
        """;

    // Stamped on every claim this store makes: one per instance of the bot.
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public WelcomeRecord? TryClaim(string key, DateTimeOffset now) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(ClaimSql, connection, transaction);
        command.Parameters.AddWithValue("id", key);
        command.Parameters.AddWithValue("owner", _owner);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("stale", (now - ClaimLease).ToUniversalTime());
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    });

    public void MarkTextSent(string key, DateTimeOffset now) => Change(key, "text_sent_at = @now", now);

    public void MarkCardSent(string key, DateTimeOffset now) => Change(key, "card_sent_at = @now", now);

    public void Complete(string key, DateTimeOffset now) => Change(key, "completed_at = @now, claimed_by = NULL", now);

    public void Release(string key) => Change(key, "claimed_by = NULL", null);

    public void Forget(string key, DateTimeOffset seenNewAt) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("DELETE FROM cutover.welcomes WHERE id = @id AND claimed_at <= @seen", connection, transaction);
        command.Parameters.AddWithValue("id", key);
        command.Parameters.AddWithValue("seen", seenNewAt.ToUniversalTime());
        return command.ExecuteNonQuery();
    });

    public WelcomeRecord? Find(string key) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand($"SELECT {Columns} FROM cutover.welcomes WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", key);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    });

    // Only the claimant changes a record: a release after another instance's takeover would undo its claim.
    private void Change(string key, string set, DateTimeOffset? now) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand($"UPDATE cutover.welcomes SET {set} WHERE id = @id AND claimed_by = @owner", connection, transaction);
        command.Parameters.AddWithValue("id", key);
        command.Parameters.AddWithValue("owner", _owner);
        if (now is { } at) command.Parameters.AddWithValue("now", at.ToUniversalTime());
        return command.ExecuteNonQuery();
    });

    private static WelcomeRecord Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetString(0),
        ClaimedBy = reader.IsDBNull(1) ? null : reader.GetString(1),
        ClaimedAt = reader.GetFieldValue<DateTimeOffset>(2),
        Attempts = reader.GetInt32(3),
        TextSentAt = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
        CardSentAt = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
        CompletedAt = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
    };
}
