using Npgsql;

namespace CutoverBot.Tests.Postgres;

/// <summary>
/// Databases made on one server for one test class, benchmark run or crash run, and dropped at its end with any
/// connection still open to them; a failed crash iteration may keep its own for a look. Linked into both test
/// projects, the benchmark and the crash program.
/// </summary>
public sealed class ThrowawayDatabases(string serverConnectionString) : IDisposable
{
    private const string ClusterFile = "/tmp/cutoverbot-test-pg/connection";
    private readonly List<string> _made = [];

    /// <summary>The server given, else the one in CUTOVERBOT_TEST_PG, else the one tests/postgres/cluster.sh started; null when there is none.</summary>
    public static string? FindServer(string? given)
    {
        if (given is { Length: > 0 }) return given;
        if (Environment.GetEnvironmentVariable("CUTOVERBOT_TEST_PG") is { Length: > 0 } fromEnvironment) return fromEnvironment;
        return File.Exists(ClusterFile) ? File.ReadAllText(ClusterFile).Trim() : null;
    }

    /// <summary>A new empty database; returns the server's connection string pointed at it.</summary>
    public string Create(string name)
    {
        Run($"CREATE DATABASE {name}");
        lock (_made) _made.Add(name);
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Leaves the database on the server instead of dropping it at the end; returns its name.</summary>
    public string Keep(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        lock (_made) _made.Remove(name);
        return name;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        lock (_made)
        {
            foreach (var name in _made) Run($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            _made.Clear();
        }
    }

    private void Run(string sql)
    {
        using var connection = new NpgsqlConnection(serverConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
