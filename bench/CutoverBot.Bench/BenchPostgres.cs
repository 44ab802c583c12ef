using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Practices.PostgreSql;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;
using Npgsql;

namespace CutoverBot.Bench;

/// <summary>
/// The PostgreSQL side of a run (--engine postgresql or --postgres): per scale a fresh database holding what the LiteDB
/// file of that scale holds, and the settings that point the bot at it. The databases are dropped at the end.
/// </summary>
internal sealed class BenchPostgres(string serverConnectionString) : IDisposable
{
    private readonly ThrowawayDatabases _databases = new(serverConnectionString);

    /// <summary>The server given, or the test cluster's; null when there is none.</summary>
    public static string? FindServer(string? given) => ThrowawayDatabases.FindServer(given);

    /// <summary>The server's CPU counter, when it runs on this machine and its data folder can be read.</summary>
    public ServerCpu? Cpu()
    {
        try
        {
            using var connection = new NpgsqlConnection(serverConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SHOW data_directory", connection);
            return command.ExecuteScalar() is string folder ? ServerCpu.FromDataDirectory(folder) : null;
        }
        catch (PostgresException)
        {
            return null; // not a superuser: the folder is not shown
        }
    }

    /// <summary>
    /// The server's durability settings, for the report: the test cluster runs with fsync and synchronous_commit off
    /// (as LiteDB does not force a commit to disk), a production server with both on, where each commit waits for a flush.
    /// </summary>
    public string Durability()
    {
        using var connection = new NpgsqlConnection(serverConnectionString);
        connection.Open();
        string Show(string name)
        {
            using var command = new NpgsqlCommand($"SHOW {name}", connection);
            return $"{name}={command.ExecuteScalar()}";
        }
        return $"PostgreSQL {connection.PostgreSqlVersion}, {Show("fsync")}, {Show("synchronous_commit")}";
    }

    /// <summary>A new database with the LiteDB file's entries, counters and audit copied in and the same practices seeded.</summary>
    public string CopyOf(string liteDbPath, string serviceUrl, int total, int perPractice, DateOnly today)
    {
        var connectionString = _databases.Create($"cutoverbot_bench_{total}_{Guid.NewGuid():N}"[..40]);
        using var target = new PostgresDatabase(connectionString, BenchKey.Ring);
        using (var source = new CutoverDatabase(liteDbPath, BenchKey.Ring)) LiteDbToPostgres.Copy(source, target);
        Seeder.PracticesOf(new PostgresPracticeStore(target), serviceUrl, total, perPractice, today);
        using (var connection = target.Open())
        {
            // Fresh statistics, as a database in use would have, so the planner does not guess on an unanalysed table.
            using var command = new NpgsqlCommand("ANALYZE", connection);
            command.ExecuteNonQuery();
        }
        return connectionString;
    }

    public static Dictionary<string, string> BotSettings(string liteDbPath, string connectionString)
    {
        var settings = BenchKey.BotSettings(liteDbPath);
        settings["Storage:Provider"] = "PostgreSql";
        settings["Storage:ConnectionString"] = connectionString;
        return settings;
    }

    public void Dispose() => _databases.Dispose();
}
