using CutoverBot.Core.Entries.PostgreSql.Copy;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using LiteDB;
using Npgsql;

namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>
/// Copies a LiteDB database into PostgreSQL in one transaction: entries, their audit trail, and every other record a
/// practice's work depends on (<see cref="CopiedTables"/>: practices, rosters, users, reference counters, ticks and
/// their history, the morning post log, message sources, shares, greetings, posted cards, notices, files waiting for
/// consent). Documents go as they are stored, patient details still sealed (never opened here). Run again, it copies
/// only what is missing; when the target holds something different for a record being copied (an entry changed or
/// unknown to the file, a counter at another number, a practice's settings changed), it refuses and copies nothing.
/// </summary>
public static class LiteDbToPostgres
{
    public static StorageCopyReport Copy(CutoverDatabase source, PostgresDatabase target)
    {
        var entries = source.Database.GetCollection(EntryStore.Collection).FindAll().ToList();
        var audit = source.Database.GetCollection(AuditStore.Collection).FindAll().OrderBy(d => d["_id"].AsInt64).ToList();
        var tables = CopiedTables.All.Select(t => (Table: t, Records: Records(source, t))).ToList();
        foreach (var entry in entries.Where(e => !PatientEnvelope.IsSealed(e[EntryDocumentCodec.PatientField])))
            throw new StorageCopyRefusedException($"Entry {Text(entry, "Reference")} of practice {Text(entry, "PracticeId")} was saved before encryption. Run rotate-key on the LiteDB file first; nothing was copied.");
        var practices = entries.Select(e => Text(e, "PracticeId")).Concat(audit.Select(a => Text(a, "PracticeId")))
            .Concat(tables.SelectMany(t => t.Records.Select(t.Table.PracticeOf)).OfType<string>())
            .Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);

        var queued = source.Database.GetCollectionNames().Contains("outbox") ? source.Database.GetCollection("outbox").Count() : 0;

        StorageCopyReport? report = null;
        target.InTransaction(() => target.Use((connection, transaction) =>
        {
            var (entriesCopied, entriesThere) = CopyEntries(connection, transaction!, entries);
            var (auditCopied, auditThere) = CopyAudit(connection, transaction!, audit, practices);
            var counts = new List<StorageCopyCount> { new("entries", entriesCopied, entriesThere), new("audit records", auditCopied, auditThere) };
            counts.AddRange(tables.Select(t => TableCopy.Run(connection, transaction!, t.Table, t.Records)));
            report = new StorageCopyReport(practices.Count, counts, queued);
            return true;
        }));
        return report!;
    }

    // Records that carry an instant (At: the tick history, whose random ids say nothing of order) go in time order, so
    // the table's seq follows what happened; the others in the file's id order. A collection never written is empty.
    private static List<BsonDocument> Records(CutoverDatabase source, CopiedTable table) =>
        source.Database.GetCollectionNames().Contains(table.Collection)
            ? source.Database.GetCollection(table.Collection).FindAll().OrderBy(d => d.TryGetValue("At", out var at) && at.IsDateTime ? at.AsDateTime : DateTime.MinValue).ToList()
            : [];

    private static (int Copied, int There) CopyEntries(NpgsqlConnection connection, NpgsqlTransaction transaction, List<BsonDocument> entries)
    {
        var ids = entries.Select(e => e["_id"].AsGuid).ToHashSet();
        var practices = entries.Select(e => Text(e, "PracticeId")).Distinct().ToArray();
        var existing = new Dictionary<Guid, (string Practice, string Reference, byte[] Document)>();
        using (var read = new NpgsqlCommand("SELECT id, practice_id, reference, document FROM cutover.entries WHERE practice_id = ANY(@p) OR id = ANY(@i)", connection, transaction))
        {
            read.Parameters.AddWithValue("p", practices);
            read.Parameters.AddWithValue("i", ids.ToArray());
            using var reader = read.ExecuteReader();
            while (reader.Read()) existing[reader.GetGuid(0)] = (reader.GetString(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3));
        }
        foreach (var (id, row) in existing.Where(r => !ids.Contains(r.Key)))
            throw new StorageCopyRefusedException($"PostgreSQL already holds entry {Shown(row.Reference)} of practice {row.Practice}, which this LiteDB file does not have. Nothing was copied.");
        int copied = 0, there = 0;
        foreach (var entry in entries)
        {
            var bytes = BsonSerializer.Serialize(entry);
            var id = entry["_id"].AsGuid;
            if (existing.TryGetValue(id, out var row))
            {
                if (!row.Document.AsSpan().SequenceEqual(bytes))
                    throw new StorageCopyRefusedException($"PostgreSQL holds entry {Shown(row.Reference)} of practice {row.Practice} with other contents than this LiteDB file. Nothing was copied.");
                there++;
                continue;
            }
            using var insert = new NpgsqlCommand("""
                INSERT INTO cutover.entries (id, practice_id, reference, author_id, logged_at, status, deleted, purged, nhs_index, document)
                VALUES (@id, @practice, @reference, @author, @at, @status, @deleted, @purged, @index, @document)
                """, connection, transaction);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("practice", Text(entry, "PracticeId"));
            insert.Parameters.AddWithValue("reference", Text(entry, "Reference"));
            insert.Parameters.AddWithValue("author", Text(entry, "AuthorId"));
            insert.Parameters.AddWithValue("at", DateTime.SpecifyKind(entry["LoggedAt"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
            insert.Parameters.AddWithValue("status", Text(entry, "Status") is { Length: > 0 } status ? status : nameof(EntryStatus.Pending));
            insert.Parameters.AddWithValue("deleted", entry["Deleted"].IsBoolean && entry["Deleted"].AsBoolean);
            insert.Parameters.AddWithValue("purged", !entry["PatientPurgedAt"].IsNull);
            insert.Parameters.AddWithValue("index", entry[EntryDocumentCodec.IndexField].IsString ? entry[EntryDocumentCodec.IndexField].AsString : DBNull.Value);
            insert.Parameters.AddWithValue("document", bytes);
            insert.ExecuteNonQuery();
            copied++;
        }
        return (copied, there);
    }

    // Audit records have no id both engines share: a record is "already there" when the target holds as many records
    // with the same contents as the file does (two views of one entry in one millisecond are two records).
    private static (int Copied, int There) CopyAudit(NpgsqlConnection connection, NpgsqlTransaction transaction, List<BsonDocument> audit, HashSet<string> practices)
    {
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var read = new NpgsqlCommand("SELECT document FROM cutover.audit WHERE practice_id = ANY(@p) OR practice_id = ''", connection, transaction))
        {
            read.Parameters.AddWithValue("p", practices.ToArray());
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                var hex = Convert.ToHexString(reader.GetFieldValue<byte[]>(0));
                held[hex] = held.GetValueOrDefault(hex) + 1;
            }
        }
        int copied = 0, there = 0;
        foreach (var record in audit)
        {
            var document = new BsonDocument();
            foreach (var element in record.Where(e => e.Key != "_id")) document[element.Key] = element.Value;
            var bytes = BsonSerializer.Serialize(document);
            var hex = Convert.ToHexString(bytes);
            if (held.GetValueOrDefault(hex) > 0)
            {
                held[hex]--;
                there++;
                continue;
            }
            using var insert = new NpgsqlCommand("INSERT INTO cutover.audit (entry_id, practice_id, at, action, document) VALUES (@e, @p, @at, @a, @d)", connection, transaction);
            insert.Parameters.AddWithValue("e", record["EntryId"].IsGuid ? record["EntryId"].AsGuid : Guid.Empty);
            insert.Parameters.AddWithValue("p", Text(record, "PracticeId"));
            insert.Parameters.AddWithValue("at", DateTime.SpecifyKind(record["At"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
            insert.Parameters.AddWithValue("a", Text(record, "Action"));
            insert.Parameters.AddWithValue("d", bytes);
            insert.ExecuteNonQuery();
            copied++;
        }
        return (copied, there);
    }

    private static string Text(BsonDocument doc, string field) => doc.TryGetValue(field, out var value) && value.IsString ? value.AsString : "";

    private static string Shown(string reference) => reference.Length > 0 ? reference : "(not yet numbered)";
}
