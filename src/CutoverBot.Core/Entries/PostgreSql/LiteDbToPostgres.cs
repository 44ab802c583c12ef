using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using LiteDB;
using Npgsql;

namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>
/// Copies a LiteDB database's entries, reference counters and audit trail into PostgreSQL, in one transaction. Entries
/// go as their stored documents, patient details still sealed (never opened here). Run again, it copies only what is
/// missing; when the target holds something different for a practice being copied (an entry changed or unknown to
/// the file, a counter at another number), it refuses and copies nothing.
/// </summary>
public static class LiteDbToPostgres
{
    private const string CountersCollection = "reference_counters";

    public static StorageCopyReport Copy(CutoverDatabase source, PostgresDatabase target)
    {
        var entries = source.Database.GetCollection(EntryStore.Collection).FindAll().ToList();
        var counters = source.Database.GetCollection(CountersCollection).FindAll().ToList();
        var audit = source.Database.GetCollection(AuditStore.Collection).FindAll().OrderBy(d => d["_id"].AsInt64).ToList();
        foreach (var entry in entries.Where(e => !PatientEnvelope.IsSealed(e[EntryDocumentCodec.PatientField])))
            throw new StorageCopyRefusedException($"Entry {Text(entry, "Reference")} of practice {Text(entry, "PracticeId")} was saved before encryption. Run rotate-key on the LiteDB file first; nothing was copied.");
        var practices = entries.Select(e => Text(e, "PracticeId")).Concat(counters.Select(c => Practice(c["_id"].AsString)))
            .Concat(audit.Select(a => Text(a, "PracticeId"))).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);

        StorageCopyReport? report = null;
        target.InTransaction(() => target.Use((connection, transaction) =>
        {
            var (entriesCopied, entriesThere) = CopyEntries(connection, transaction!, entries);
            var (countersCopied, countersThere) = CopyCounters(connection, transaction!, counters);
            var (auditCopied, auditThere) = CopyAudit(connection, transaction!, audit, practices);
            report = new StorageCopyReport(practices.Count, entriesCopied, entriesThere, countersCopied, countersThere, auditCopied, auditThere);
            return true;
        }));
        return report!;
    }

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

    private static (int Copied, int There) CopyCounters(NpgsqlConnection connection, NpgsqlTransaction transaction, List<BsonDocument> counters)
    {
        int copied = 0, there = 0;
        foreach (var counter in counters)
        {
            var key = counter["_id"].AsString;
            var (practice, prefix, value) = (Practice(key), key[(key.LastIndexOf('|') + 1)..], counter["Value"].AsInt32);
            using var read = new NpgsqlCommand("SELECT value FROM cutover.reference_counters WHERE practice_id = @p AND prefix = @x", connection, transaction);
            read.Parameters.AddWithValue("p", practice);
            read.Parameters.AddWithValue("x", prefix);
            if (read.ExecuteScalar() is int held)
            {
                if (held != value)
                    throw new StorageCopyRefusedException($"PostgreSQL's {prefix} references of practice {practice} are at {held}, this LiteDB file's at {value}. Nothing was copied.");
                there++;
                continue;
            }
            using var insert = new NpgsqlCommand("INSERT INTO cutover.reference_counters (practice_id, prefix, value) VALUES (@p, @x, @v)", connection, transaction);
            insert.Parameters.AddWithValue("p", practice);
            insert.Parameters.AddWithValue("x", prefix);
            insert.Parameters.AddWithValue("v", value);
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

    private static string Practice(string counterKey) => counterKey[..Math.Max(0, counterKey.LastIndexOf('|'))];

    private static string Shown(string reference) => reference.Length > 0 ? reference : "(not yet numbered)";
}
