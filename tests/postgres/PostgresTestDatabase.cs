namespace CutoverBot.Tests.Postgres;

/// <summary>
/// A database of its own for one test class (a class fixture), so classes run in parallel on one server; dropped at
/// the end, with any connection still open to it.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private readonly ThrowawayDatabases _databases = new(PostgresServer.AdminConnectionString);
    private int _others;

    public PostgresTestDatabase()
    {
        Name = "cutoverbot_test_" + Guid.NewGuid().ToString("N")[..16];
        ConnectionString = _databases.Create(Name);
    }

    public string Name { get; }

    /// <summary>The superuser's connection string to this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Another empty database on the same server, dropped with this one.</summary>
    public string Another() => _databases.Create(Name + "_" + Interlocked.Increment(ref _others));

    public void Dispose() => _databases.Dispose();
}
