using LiteDB;
using Npgsql;

namespace CutoverBot.Core.Entries.PostgreSql.Copy;

/// <summary>
/// Copies one collection into its table on the copy's transaction: a record whose key the table lacks is inserted, a
/// row with the same key and the same values is already there, and a row with the same key and other values stops the
/// whole copy. The server compares the values (IS NOT DISTINCT FROM), so each column is compared as its own type.
/// </summary>
internal static class TableCopy
{
    public static StorageCopyCount Run(NpgsqlConnection connection, NpgsqlTransaction transaction, CopiedTable table, IEnumerable<BsonDocument> records)
    {
        var names = table.Columns.Select(c => c.Name).ToArray();
        var same = string.Join(" AND ", names.Select((n, i) => $"{n} IS NOT DISTINCT FROM @p{i}"));
        var key = string.Join(" AND ", table.Key.Select(k => $"{k} = @p{Array.IndexOf(names, k)}"));
        var compare = $"SELECT {same} FROM cutover.{table.Table} WHERE {key}";
        var insert = $"INSERT INTO cutover.{table.Table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))})";
        int copied = 0, there = 0;
        foreach (var record in records)
        {
            var values = table.Columns.Select(c => c.Value(record) ?? DBNull.Value).ToArray();
            switch (Run(connection, transaction, compare, values, scalar: true))
            {
                case true:
                    there++;
                    break;
                case false:
                    throw new StorageCopyRefusedException($"PostgreSQL holds {table.Describe(record)} with other contents than this LiteDB file. Nothing was copied.");
                default:
                    Run(connection, transaction, insert, values, scalar: false);
                    copied++;
                    break;
            }
        }
        return new StorageCopyCount(table.Kind, copied, there);
    }

    private static object? Run(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object[] values, bool scalar)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue($"p{i}", values[i]);
        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }
}
