using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>
/// The audit trail on the shared server: the columns its queries filter and order by, and the record as the BSON
/// document LiteDB stores (it never holds a patient value). The identity column gives ids in order of writing.
/// </summary>
public sealed class PostgresAuditStore(PostgresDatabase db) : IAuditStore
{
    /// <inheritdoc />
    public void Add(AuditRecord record)
    {
        using var connection = db.Open();
        Add(connection, null, db, record);
    }

    /// <summary>Appends on <paramref name="connection"/>, inside <paramref name="transaction"/> when given (an entry's save).</summary>
    public static void Add(NpgsqlConnection connection, NpgsqlTransaction? transaction, PostgresDatabase db, AuditRecord record)
    {
        using var command = new NpgsqlCommand("""
            INSERT INTO cutover.audit (entry_id, practice_id, at, action, document) VALUES (@entry, @practice, @at, @action, @document)
            RETURNING id
            """, connection, transaction);
        command.Parameters.AddWithValue("entry", record.EntryId);
        command.Parameters.AddWithValue("practice", record.PracticeId);
        command.Parameters.AddWithValue("at", record.At.ToUniversalTime());
        command.Parameters.AddWithValue("action", record.Action.ToString());
        command.Parameters.AddWithValue("document", db.ToBytes(record));
        record.Id = (long)command.ExecuteScalar()!;
    }

    /// <inheritdoc />
    public IReadOnlyList<AuditRecord> ForEntry(Guid entryId) =>
        Read("SELECT id, document FROM cutover.audit WHERE entry_id = @key AND action <> 'Viewed' ORDER BY at, id", entryId);

    /// <inheritdoc />
    public IReadOnlyList<AuditRecord> ForPractice(string practiceId) =>
        Read("SELECT id, document FROM cutover.audit WHERE practice_id = @key ORDER BY at, id", practiceId);

    private List<AuditRecord> Read(string sql, object key)
    {
        using var connection = db.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        using var reader = command.ExecuteReader();
        var records = new List<AuditRecord>();
        while (reader.Read())
        {
            var record = db.FromBytes<AuditRecord>(reader.GetFieldValue<byte[]>(1));
            record.Id = reader.GetInt64(0);
            records.Add(record);
        }
        return records;
    }
}
