using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using LiteDB;
using Npgsql;

namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>
/// rotate-key on the shared server: re-seals every entry's patient details and every other sealed value (files
/// waiting for consent, queued replies: any sealed bytes in any table of the schema) under the current key. It may run
/// while the bot runs: rows are changed in small transactions, each row locked while it is re-sealed, so an instance
/// saving the same row waits for it (and seals under the same current key itself). Safe to run again: a row already
/// under the current key is left alone.
/// </summary>
public sealed class PostgresKeyRotation(PostgresDatabase db)
{
    private const int Batch = 500;

    public RotationReport Run()
    {
        var current = db.Keys.Current.Id;
        var store = new PostgresEntryStore(db);
        var codec = new EntryDocumentCodec(db.Keys, db.Mapper);
        int resealed = 0, firstTime = 0, already = 0;
        var ids = db.Use((connection, transaction) => ReadColumn<Guid>(connection, transaction, "SELECT id FROM cutover.entries ORDER BY id"));
        foreach (var chunk in ids.Chunk(Batch))
        {
            db.InTransaction(() => db.Use((connection, transaction) =>
            {
                using var command = new NpgsqlCommand("SELECT document FROM cutover.entries WHERE id = ANY(@ids) ORDER BY id FOR UPDATE", connection, transaction);
                command.Parameters.AddWithValue("ids", chunk);
                var documents = new List<BsonDocument>();
                using (var reader = command.ExecuteReader())
                    while (reader.Read()) documents.Add(BsonSerializer.Deserialize(reader.GetFieldValue<byte[]>(0)));
                foreach (var doc in documents)
                {
                    var keyId = PatientEnvelope.KeyIdOf(doc[EntryDocumentCodec.PatientField]);
                    if (keyId == current && !LegacyUbrnUpgrade.HasPlainUbrn(doc))
                    {
                        already++;
                        continue;
                    }
                    // Reading opens the details under their old key (or fails loudly); writing seals them under the current one.
                    store.Update(codec.Deserialize(doc));
                    if (keyId is null) firstTime++;
                    else resealed++;
                }
                return 0;
            }));
        }
        var values = 0;
        foreach (var (table, column) in db.Use((connection, transaction) => SealedColumns(connection, transaction)))
            values += ResealColumn(table, column);
        return new RotationReport(current, resealed, firstTime, already, values);
    }

    // Every bytea column of the schema but the entries' documents (done above, through the codec): a column either
    // holds a BSON document, whose sealed values are re-sealed in place, or sealed bytes themselves.
    private static List<(string Table, string Column)> SealedColumns(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'cutover' AND data_type = 'bytea' " +
            "AND NOT (table_name = 'entries' AND column_name = 'document') ORDER BY table_name, column_name", connection, transaction);
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read()) columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    private int ResealColumn(string table, string column)
    {
        var changed = 0;
        // The names come from the catalogue, not from input; quoted all the same.
        var from = $"cutover.\"{table}\"";
        db.InTransaction(() => db.Use((connection, transaction) =>
        {
            var rows = new List<(object Ctid, byte[] Value)>();
            using (var select = new NpgsqlCommand($"SELECT ctid, \"{column}\" FROM {from} WHERE \"{column}\" IS NOT NULL FOR UPDATE", connection, transaction))
            using (var reader = select.ExecuteReader())
                while (reader.Read()) rows.Add((reader.GetValue(0), reader.GetFieldValue<byte[]>(1)));
            foreach (var (ctid, value) in rows)
            {
                var (resealed, count) = column == "document" ? ResealDocument(value) : ResealBytes(value);
                if (count == 0) continue;
                using var update = new NpgsqlCommand($"UPDATE {from} SET \"{column}\" = @v WHERE ctid = @c", connection, transaction);
                update.Parameters.AddWithValue("v", resealed);
                update.Parameters.Add(new NpgsqlParameter("c", NpgsqlTypes.NpgsqlDbType.Tid) { Value = ctid });
                update.ExecuteNonQuery();
                changed += count;
            }
            return 0;
        }));
        return changed;
    }

    private (byte[] Value, int Changed) ResealBytes(byte[] value) =>
        SealedBytes.TryReadKeyId(value, out var keyId, out _) && keyId != db.Keys.Current.Id
            ? (SealedBytes.Seal(db.Keys.Current, SealedBytes.Open(db.Keys, value)), 1)
            : (value, 0);

    private (byte[] Value, int Changed) ResealDocument(byte[] bytes)
    {
        var doc = BsonSerializer.Deserialize(bytes);
        var changed = Reseal(doc);
        return changed == 0 ? (bytes, 0) : (BsonSerializer.Serialize(doc), changed);
    }

    // Sealed bytes anywhere inside a document (a queued reply, a file) are re-sealed in place.
    private int Reseal(BsonDocument doc) => SealedValueWalk.Reseal(doc, value =>
    {
        if (!value.IsBinary) return null;
        var (resealed, changed) = ResealBytes(value.AsBinary);
        return changed > 0 ? (new BsonValue(resealed), changed) : (value, 0);
    });

    private static List<T> ReadColumn<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read()) values.Add(reader.GetFieldValue<T>(0));
        return values;
    }
}
