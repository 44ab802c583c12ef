using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Core.Entries.Intake.PostgreSql;

/// <summary>
/// The messages taken in, on the shared server. Inside an entry's save (<see cref="PostgresDatabase.InTransaction"/>)
/// the mark is kept exactly when the entry is, as on LiteDB.
/// </summary>
public sealed class PostgresProcessedMessageStore(PostgresDatabase db) : IProcessedMessageStore
{
    private const int PruneEvery = 500;
    private int _sincePrune;

    public bool Contains(string key) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM cutover.processed_messages WHERE id = @id)", connection, transaction);
        command.Parameters.AddWithValue("id", key);
        return (bool)command.ExecuteScalar()!;
    });

    public void Record(string key, DateTimeOffset now)
    {
        Add(key, now);
        PruneNowAndThen(now);
    }

    public void Add(string key, DateTimeOffset now) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(
            "INSERT INTO cutover.processed_messages (id, at) VALUES (@id, @at) ON CONFLICT (id) DO UPDATE SET at = excluded.at", connection, transaction);
        command.Parameters.AddWithValue("id", key);
        command.Parameters.AddWithValue("at", now.ToUniversalTime());
        return command.ExecuteNonQuery();
    });

    // The insert waits for a save of the same message by another instance and then does nothing: that copy is the one kept.
    public bool TryAdd(string key, DateTimeOffset now) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("INSERT INTO cutover.processed_messages (id, at) VALUES (@id, @at) ON CONFLICT (id) DO NOTHING", connection, transaction);
        command.Parameters.AddWithValue("id", key);
        command.Parameters.AddWithValue("at", now.ToUniversalTime());
        return command.ExecuteNonQuery() == 1;
    });

    public void PruneNowAndThen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _sincePrune) % PruneEvery == 0) Prune(now);
    }

    public int Prune(DateTimeOffset now) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("DELETE FROM cutover.processed_messages WHERE at < @before", connection, transaction);
        command.Parameters.AddWithValue("before", (now - ProcessedMessageStore.Retention).ToUniversalTime());
        return command.ExecuteNonQuery();
    });

    public int Count => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM cutover.processed_messages", connection, transaction);
        return (int)(long)command.ExecuteScalar()!;
    });
}
