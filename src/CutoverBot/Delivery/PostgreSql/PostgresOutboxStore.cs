using CutoverBot.Core.Storage.PostgreSql;
using Microsoft.Bot.Schema;
using Npgsql;

namespace CutoverBot.Delivery.PostgreSql;

/// <summary>
/// The outbox on the shared server, delivered by whichever instance is alive. A hold is a lease (claimed_by,
/// claimed_until) set by one UPDATE ... RETURNING on the conversation's oldest row, so two instances never send the
/// same row, and a row held by an instance that stopped is free again once <see cref="ClaimLease"/> has passed. Only the
/// holder removes a row. Whether a conversation has replies waiting is read from the table, not counted in memory, so a
/// turn on one instance queues behind a reply waiting on another.
/// </summary>
internal sealed class PostgresOutboxStore(PostgresDatabase db, TimeProvider time) : IOutboxStore
{
    /// <summary>Longer than one send may take (the limiter's wait and one Bot Connector call, which times out well within it).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    private const string Columns = "id, conversation_id, service_url, tenant_id, payload, queued_at, attempts, tag, claimed_by, claimed_until";

    private static readonly string HeadsSql = $"""
        SELECT {Columns} FROM (SELECT DISTINCT ON (conversation_id) {Columns} FROM cutover.outbox ORDER BY conversation_id, id) head
        WHERE claimed_by IS NULL OR claimed_until <= @now
        ORDER BY id
        """;

    // The row must still be free and still its conversation's oldest: a row queued behind one being sent waits for it.
    private const string ClaimSql = """
        UPDATE cutover.outbox o SET claimed_by = @owner, claimed_until = @until
        WHERE o.id = @id AND (o.claimed_by IS NULL OR o.claimed_until <= @now)
          AND NOT EXISTS (SELECT 1 FROM cutover.outbox e WHERE e.conversation_id = o.conversation_id AND e.id < o.id)
        RETURNING o.attempts
        """;

    // Stamped on every hold this store takes: one per instance of the bot.
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public event Action? Changed;

    // Another instance's rows wake nobody here: look every half minute (one indexed query on a table that is nearly
    // always empty), so a row left by an instance that stopped goes out soon after its hold runs out.
    public TimeSpan IdleLook => TimeSpan.FromSeconds(30);

    public int Count => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM cutover.outbox", connection, transaction);
        return (int)(long)command.ExecuteScalar()!;
    });

    public bool HasPending(string conversationId) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM cutover.outbox WHERE conversation_id = @conversation)", connection, transaction);
        command.Parameters.AddWithValue("conversation", conversationId);
        return (bool)command.ExecuteScalar()!;
    });

    public long Add(Activity activity, string tenantId, bool held, DateTimeOffset now, string? tag = null)
    {
        var id = db.Use((connection, transaction) =>
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO cutover.outbox (conversation_id, service_url, tenant_id, payload, queued_at, tag, claimed_by, claimed_until)
                VALUES (@conversation, @service, @tenant, @payload, @queued, @tag, @owner, @until) RETURNING id
                """, connection, transaction);
            command.Parameters.AddWithValue("conversation", activity.Conversation.Id);
            command.Parameters.AddWithValue("service", activity.ServiceUrl ?? "");
            command.Parameters.AddWithValue("tenant", tenantId);
            command.Parameters.AddWithValue("payload", db.Protect(OutboxPayload.Serialize(activity)));
            command.Parameters.AddWithValue("queued", now.ToUniversalTime());
            command.Parameters.AddWithValue("tag", (object?)tag ?? DBNull.Value);
            command.Parameters.AddWithValue("owner", held ? _owner : (object)DBNull.Value);
            command.Parameters.AddWithValue("until", held ? (now + ClaimLease).ToUniversalTime() : (object)DBNull.Value);
            return (long)command.ExecuteScalar()!;
        });
        if (!held) Changed?.Invoke();
        return id;
    }

    public void Release(long id)
    {
        Execute("UPDATE cutover.outbox SET claimed_by = NULL, claimed_until = NULL WHERE id = @id AND claimed_by = @owner", id);
        Changed?.Invoke();
    }

    public bool TryClaim(OutboxMessage row)
    {
        var now = time.GetUtcNow();
        var attempts = db.Use((connection, transaction) =>
        {
            using var command = new NpgsqlCommand(ClaimSql, connection, transaction);
            command.Parameters.AddWithValue("id", row.Id);
            command.Parameters.AddWithValue("owner", _owner);
            command.Parameters.AddWithValue("now", now.ToUniversalTime());
            command.Parameters.AddWithValue("until", (now + ClaimLease).ToUniversalTime());
            return command.ExecuteScalar() as int?;
        });
        if (attempts is not { } n) return false;
        row.Attempts = n;
        row.Held = true;
        return true;
    }

    public void Remove(OutboxMessage row) => Remove(row.Id);

    public void Remove(long id) => Execute("DELETE FROM cutover.outbox WHERE id = @id AND claimed_by = @owner", id);

    public string? TagOf(long id) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("SELECT tag FROM cutover.outbox WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() as string;
    });

    public void RecordAttempt(OutboxMessage row)
    {
        row.Attempts++;
        Execute("UPDATE cutover.outbox SET attempts = attempts + 1 WHERE id = @id AND claimed_by = @owner", row.Id);
    }

    public IReadOnlyList<OutboxMessage> Heads() => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(HeadsSql, connection, transaction);
        command.Parameters.AddWithValue("now", time.GetUtcNow().ToUniversalTime());
        using var reader = command.ExecuteReader();
        var heads = new List<OutboxMessage>();
        while (reader.Read())
        {
            heads.Add(new OutboxMessage
            {
                Id = reader.GetInt64(0),
                ConversationId = reader.GetString(1),
                ServiceUrl = reader.GetString(2),
                TenantId = reader.GetString(3),
                Payload = reader.GetFieldValue<byte[]>(4),
                QueuedAt = reader.GetFieldValue<DateTimeOffset>(5),
                Attempts = reader.GetInt32(6),
                Tag = reader.IsDBNull(7) ? null : reader.GetString(7),
            });
        }
        return heads;
    });

    public Activity Open(OutboxMessage row) => OutboxPayload.Deserialize(db.Unprotect(row.Payload));

    private void Execute(string sql, long id) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("owner", _owner);
        return command.ExecuteNonQuery();
    });
}
