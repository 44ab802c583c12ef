using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Core.MessageActions.PostgreSql;

/// <summary>
/// The messages entries were logged from, on the shared server. Inside the entry's save the source row is written on
/// the entry's transaction. <see cref="Hold"/> is a session advisory lock on the message's key, so two instances
/// logging one message queue on the server instead of each finding no earlier entry.
/// </summary>
public sealed class PostgresMessageSourceStore : IMessageSourceStore
{
    // The first of the two-key advisory locks ("MSRC"): a key space of its own, apart from the migrator's one-key lock.
    private const int LockClass = 0x4D_53_52_43;
    private const string Select = "SELECT id, document FROM cutover.message_sources ";
    private readonly PostgresDatabase _db;

    public PostgresMessageSourceStore(PostgresDatabase db)
    {
        _db = db;
        db.Prepare<MessageSource>();
    }

    public MessageSource? Find(string key) => _db.Records<MessageSource>(Select + "WHERE id = @a", key).SingleOrDefault();

    public MessageSource? ForEntry(Guid entryId) => _db.Records<MessageSource>(Select + "WHERE entry_id = @a ORDER BY id LIMIT 1", entryId).SingleOrDefault();

    /// <inheritdoc />
    public void Upsert(MessageSource source) => _db.Execute("""
        INSERT INTO cutover.message_sources (id, entry_id, document) VALUES (@a, @b, @c)
        ON CONFLICT (id) DO UPDATE SET entry_id = excluded.entry_id, document = excluded.document
        """, source.Id, source.EntryId, _db.ToBytes(source));

    /// <inheritdoc />
    public IDisposable Hold(string key)
    {
        // A connection of its own, held until released: the entry's save runs on another, and if this instance dies
        // the server ends the session and the lock with it.
        var connection = _db.Open();
        try
        {
            using var command = PostgresRows.Command(connection, null, "SELECT pg_advisory_lock(@a, hashtext(@b))", LockClass, key);
            command.ExecuteNonQuery();
            return new Release(connection, key);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Release(NpgsqlConnection connection, string key) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            try
            {
                using var command = PostgresRows.Command(connection, null, "SELECT pg_advisory_unlock(@a, hashtext(@b))", LockClass, key);
                command.ExecuteNonQuery();
            }
            finally
            {
                // Back to the pool, which resets the session (DISCARD ALL ends its advisory locks) if the unlock failed.
                connection.Dispose();
            }
        }
    }
}
