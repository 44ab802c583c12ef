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
    // The transaction InTransaction opened on this call path; an AsyncLocal so concurrent saves never share one.
    private readonly AsyncLocal<OpenTransaction?> _current = new();

    public PostgresDatabase(string connectionString, KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = keys;
        Source = NpgsqlDataSource.Create(WithDefaults(connectionString));
        SchemaVersion = SchemaMigrator.Migrate(Source);
    }

    public NpgsqlDataSource Source { get; }

    // Where the connection string sets nothing: every statement the bot sends is one of a few dozen fixed texts, so each
    // is prepared on a connection once used a few times and the server stops parsing and planning it on every call (a
    // fifth of the server's CPU per quick entry, measured). None reads "SELECT *", so a column a later migration adds
    // cannot break a prepared plan.
    private static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }

    public KeyRing Keys { get; }

    /// <summary>The schema version the database holds (this bot's latest, once opened).</summary>
    public int SchemaVersion { get; }

    /// <summary>The plain mapper, configured as the LiteDB database's (strings kept exactly, DateOnly and UTC instants).</summary>
    public BsonMapper Mapper { get; } = CutoverDatabase.CreatePlainMapper();

    public NpgsqlConnection Open() => Source.OpenConnection();

    /// <summary>
    /// Runs <paramref name="work"/> on the connection of the transaction open on this call path (see
    /// <see cref="InTransaction"/>), or on a connection of its own.
    /// </summary>
    public T Use<T>(Func<NpgsqlConnection, NpgsqlTransaction?, T> work)
    {
        if (Joinable() is { } open) return work(open.Connection, open.Transaction);
        using var connection = Open();
        return work(connection, null);
    }

    /// <summary>
    /// Runs <paramref name="write"/> as one transaction: every store call inside it (a reference drawn, the entry, its
    /// audit record) uses the same connection, and all are kept or none. A call inside an open transaction joins it,
    /// as LiteDB's does.
    /// </summary>
    public void InTransaction(Action write)
    {
        if (Joinable() is not null)
        {
            write();
            return;
        }
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var open = new OpenTransaction(connection, transaction, Environment.CurrentManagedThreadId);
        _current.Value = open;
        try
        {
            write();
            transaction.Commit();
        }
        finally
        {
            open.Ended = true;
            _current.Value = null;
        }
    }

    /// <summary>Whether a store call here would join a transaction not yet committed (what it reads may still be rolled back).</summary>
    public bool InTransactionHere => Joinable() is not null;

    // The transaction's work is synchronous, so a store call that belongs to it runs on the thread that opened it while
    // it is open. Anything else that sees it (a task started inside it, which copies the call path's values, running on
    // or after its end) takes a connection of its own: an Npgsql connection used by two threads at once, or after it
    // went back to the pool, waits for ever on an answer another caller read.
    private OpenTransaction? Joinable() =>
        _current.Value is { Ended: false } open && open.Thread == Environment.CurrentManagedThreadId ? open : null;

    /// <summary>
    /// Seals bytes that may hold patient details (files waiting for consent, queued replies) as
    /// <see cref="CutoverDatabase.Protect"/> does, so both engines store the same sealed form.
    /// </summary>
    public byte[] Protect(ReadOnlySpan<byte> plaintext) => SealedBytes.Seal(Keys.Current, plaintext);

    /// <summary>Opens what <see cref="Protect"/> sealed, under any key in the ring.</summary>
    /// <exception cref="SealedDataException">The bytes were changed, are not sealed, or their key is not configured.</exception>
    public byte[] Unprotect(ReadOnlySpan<byte> sealedBytes) => SealedBytes.Open(Keys, sealedBytes);

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

    private sealed class OpenTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, int thread)
    {
        public NpgsqlConnection Connection { get; } = connection;

        public NpgsqlTransaction Transaction { get; } = transaction;

        public int Thread { get; } = thread;

        public volatile bool Ended;
    }
}
