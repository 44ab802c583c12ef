using LiteDB;
using Npgsql;

namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>
/// The few steps every small PostgreSQL store repeats: a command with positional parameters, and records read back
/// from their <c>(id, document)</c> columns. Each call runs on the transaction open on its call path, if any. Public because
/// the host's own stores (posted cards, outbox, welcome) repeat the same steps.
/// </summary>
public static class PostgresRows
{
    /// <summary>A command with parameters @a, @b, ... in the order given (null is sent as NULL).</summary>
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue(((char)('a' + i)).ToString(), values[i] ?? DBNull.Value);
        return command;
    }

    /// <summary>Runs a statement; returns the rows it changed.</summary>
    public static int Execute(this PostgresDatabase db, string sql, params object?[] values) => db.Use((connection, transaction) =>
    {
        using var command = Command(connection, transaction, sql, values);
        return command.ExecuteNonQuery();
    });

    /// <summary>The rows a query finds, each made by <paramref name="read"/> from the reader on that row.</summary>
    public static List<T> Rows<T>(this PostgresDatabase db, string sql, Func<NpgsqlDataReader, T> read, params object?[] values) =>
        db.Use((connection, transaction) =>
        {
            using var command = Command(connection, transaction, sql, values);
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read()) rows.Add(read(reader));
            return rows;
        });

    /// <summary>
    /// The records a query selecting <c>id, document</c> finds. The id column is put back as the document's _id
    /// (<see cref="PostgresDatabase.ToBytes"/> leaves it out), so the record maps as LiteDB maps it.
    /// </summary>
    public static List<T> Records<T>(this PostgresDatabase db, string sql, params object?[] values) => db.Use((connection, transaction) =>
    {
        using var command = Command(connection, transaction, sql, values);
        using var reader = command.ExecuteReader();
        var records = new List<T>();
        while (reader.Read())
        {
            var document = BsonSerializer.Deserialize(reader.GetFieldValue<byte[]>(1));
            document["_id"] = new BsonValue(reader.GetValue(0));
            records.Add(db.Mapper.ToObject<T>(document));
        }
        return records;
    });

    /// <summary>
    /// Builds the type's member map before any concurrent read: LiteDB builds it on first use without guarding
    /// readers from the half-built map.
    /// </summary>
    internal static void Prepare<T>(this PostgresDatabase db) where T : new() => db.Mapper.ToObject<T>(db.Mapper.ToDocument(new T()));
}
