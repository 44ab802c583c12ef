using Npgsql;

namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>
/// A session advisory lock on (class, key), held on a connection of its own until disposed: what one process does with
/// a lock, done across every instance. If the instance dies, the server ends its session and the lock with it.
/// </summary>
internal sealed class AdvisoryHold : IDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly int _lockClass;
    private readonly string _key;
    private int _done;

    private AdvisoryHold(NpgsqlConnection connection, int lockClass, string key)
    {
        _connection = connection;
        _lockClass = lockClass;
        _key = key;
    }

    /// <summary>Waits for the lock. <paramref name="lockClass"/> keeps each use in a key space of its own.</summary>
    public static AdvisoryHold Take(PostgresDatabase db, int lockClass, string key)
    {
        var connection = db.Open();
        try
        {
            using var command = PostgresRows.Command(connection, null, "SELECT pg_advisory_lock(@a, hashtext(@b))", lockClass, key);
            command.ExecuteNonQuery();
            return new AdvisoryHold(connection, lockClass, key);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _done, 1) != 0) return;
        try
        {
            using var command = PostgresRows.Command(_connection, null, "SELECT pg_advisory_unlock(@a, hashtext(@b))", _lockClass, _key);
            command.ExecuteNonQuery();
        }
        finally
        {
            // Back to the pool, which resets the session (DISCARD ALL ends its advisory locks) if the unlock failed.
            _connection.Dispose();
        }
    }
}
