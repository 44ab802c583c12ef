using Npgsql;

namespace CutoverBot.Tests.Postgres;

/// <summary>
/// A database of its own for one test class (a class fixture), so classes run in parallel on one server; dropped at
/// the end, with any connection still open to it.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private readonly List<string> _others = [];

    public PostgresTestDatabase()
    {
        Name = "cutoverbot_test_" + Guid.NewGuid().ToString("N")[..16];
        PostgresServer.Execute($"CREATE DATABASE {Name}");
        ConnectionString = PostgresServer.For(Name);
    }

    public string Name { get; }

    /// <summary>The superuser's connection string to this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Another empty database on the same server, dropped with this one.</summary>
    public string Another()
    {
        var name = Name + "_" + _others.Count;
        PostgresServer.Execute($"CREATE DATABASE {name}");
        _others.Add(name);
        return PostgresServer.For(name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in _others.Append(Name)) PostgresServer.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }
}
