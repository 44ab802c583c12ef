using CutoverBot.Core.Storage.Encryption;
using LiteDB;
using Npgsql;

namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>
/// The PostgreSQL database shared by every instance: one pooled <see cref="NpgsqlDataSource"/> per process, its schema
/// brought up to date when opened. Records are mapped to the same BSON documents LiteDB stores (<see cref="Mapper"/>),
/// so sealed patient details reach the server exactly as they reach the LiteDB file: sealed.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public PostgresDatabase(string connectionString, KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = keys;
        Source = NpgsqlDataSource.Create(connectionString);
        SchemaVersion = SchemaMigrator.Migrate(Source);
    }

    public NpgsqlDataSource Source { get; }

    public KeyRing Keys { get; }

    /// <summary>The schema version the database holds (this bot's latest, once opened).</summary>
    public int SchemaVersion { get; }

    /// <summary>The plain mapper, configured as the LiteDB database's (strings kept exactly, DateOnly and UTC instants).</summary>
    public BsonMapper Mapper { get; } = CutoverDatabase.CreatePlainMapper();

    public NpgsqlConnection Open() => Source.OpenConnection();

    /// <summary>A record as the bytes LiteDB would store for it (without its id, which the table keeps as a column).</summary>
    public byte[] ToBytes<T>(T record)
    {
        var doc = Mapper.ToDocument(record);
        doc.Remove("_id");
        return BsonSerializer.Serialize(doc);
    }

    /// <summary>The record <see cref="ToBytes"/> stored.</summary>
    public T FromBytes<T>(byte[] bytes) => Mapper.ToObject<T>(BsonSerializer.Deserialize(bytes));

    public void Dispose() => Source.Dispose();
}
