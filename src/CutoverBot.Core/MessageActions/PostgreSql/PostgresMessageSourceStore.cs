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
    public IDisposable Hold(string key) => AdvisoryHold.Take(_db, LockClass, key);
}
