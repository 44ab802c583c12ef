using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>
/// The audit trail on the shared server: the columns its queries filter and order by, and the record as the BSON
/// document LiteDB stores (it never holds a patient value). The identity column gives ids in order of writing.
/// </summary>
public sealed class PostgresAuditStore : IAuditStore
{
    private readonly PostgresDatabase _db;

    public PostgresAuditStore(PostgresDatabase db)
    {
        _db = db;
        // LiteDB builds a type's member map on first use without guarding readers from it: build it before any race.
        db.Mapper.ToObject<AuditRecord>(db.Mapper.ToDocument(new AuditRecord()));
    }

    /// <inheritdoc />
    public void Add(AuditRecord record) => _db.Use((connection, transaction) => Add(connection, transaction, record));

    // Inside an entry's save, on its transaction: the record is kept exactly when the entry is.
    private bool Add(NpgsqlConnection connection, NpgsqlTransaction? transaction, AuditRecord record)
    {
        using var command = new NpgsqlCommand("""
            INSERT INTO cutover.audit (entry_id, practice_id, at, action, document) VALUES (@entry, @practice, @at, @action, @document)
            RETURNING id
            """, connection, transaction);
        command.Parameters.AddWithValue("entry", record.EntryId);
        command.Parameters.AddWithValue("practice", record.PracticeId);
        command.Parameters.AddWithValue("at", record.At.ToUniversalTime());
        command.Parameters.AddWithValue("action", record.Action.ToString());
        command.Parameters.AddWithValue("document", _db.ToBytes(record));
        record.Id = (long)command.ExecuteScalar()!;
        return true;
    }

    /// <inheritdoc />
    public IReadOnlyList<AuditRecord> ForEntry(Guid entryId) =>
        Read("SELECT id, document FROM cutover.audit WHERE entry_id = @key AND action <> 'Viewed' ORDER BY at, id", entryId);

    /// <inheritdoc />
    public IReadOnlyList<AuditRecord> ForPractice(string practiceId) =>
        Read("SELECT id, document FROM cutover.audit WHERE practice_id = @key ORDER BY at, id", practiceId);

    private List<AuditRecord> Read(string sql, object key) => _db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("key", key);
        using var reader = command.ExecuteReader();
        var records = new List<AuditRecord>();
        while (reader.Read())
        {
            var record = _db.FromBytes<AuditRecord>(reader.GetFieldValue<byte[]>(1));
            record.Id = reader.GetInt64(0);
            records.Add(record);
        }
        return records;
    });
}
