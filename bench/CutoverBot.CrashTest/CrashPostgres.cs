using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Practices.PostgreSql;
using CutoverBot.Core.Scheduling.PostgreSql;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;
using Npgsql;

namespace CutoverBot.CrashTest;

/// <summary>
/// The PostgreSQL side of the crash program: a fresh database per iteration on the server given (--postgres, or the
/// test cluster tests/postgres/cluster.sh started), seeded as <see cref="CrashData.Seed"/> seeds a file, and read back
/// after the bots have stopped. Every bot process gets the same key through Storage__EncryptionKey.
/// </summary>
internal sealed class CrashPostgres(string serverConnectionString) : IDisposable
{
    private readonly ThrowawayDatabases _databases = new(serverConnectionString);

    public DataKey Key { get; } = DataKey.Generate();

    public static string? FindServer(string? given) => ThrowawayDatabases.FindServer(given);

    /// <summary>An empty database of its own, its schema made as the first bot would make it.</summary>
    public string NewDatabase(string scenario)
    {
        var connectionString = _databases.Create($"cutoverbot_crash_{scenario}_{Guid.NewGuid():N}"[..48]);
        using var db = Open(connectionString);
        return connectionString;
    }

    /// <summary>Leaves a failed iteration's database on the server for a look, instead of dropping it at the end; returns its name.</summary>
    public string Keep(string connectionString) => _databases.Keep(connectionString);

    public PostgresDatabase Open(string connectionString) => new(connectionString, new KeyRing(Key));

    public Dictionary<string, string> BotSettings(string connectionString) => new()
    {
        ["Storage__Provider"] = "PostgreSql",
        ["Storage__ConnectionString"] = connectionString,
        ["Storage__EncryptionKey"] = Key.ToBase64(),
    };

    public void Seed(string connectionString, string serviceUrl, int practices, int staff)
    {
        using var db = Open(connectionString);
        CrashData.SeedInto(new PostgresPracticeStore(db), serviceUrl, practices, staff);
    }

    public Dictionary<string, int> StoredReferences(string connectionString, string practiceId)
    {
        using var db = Open(connectionString);
        return new PostgresEntryStore(db).ForPractice(practiceId).GroupBy(e => e.Reference).ToDictionary(g => g.Key, g => g.Count());
    }

    public Dictionary<string, int> StoredByPatient(string connectionString, string practiceId)
    {
        using var db = Open(connectionString);
        return new PostgresEntryStore(db).ForPractice(practiceId).GroupBy(e => e.Patient.Name ?? "").ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The process id in the morning fan-out lease's holder while the lease is live, or null.</summary>
    public static int? FanOutLeaseHolderPid(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT holder FROM cutover.fan_out_leases WHERE name = @name AND expires_at > now()", connection);
        command.Parameters.AddWithValue("name", PostgresFanOutLease.MorningFanOut);
        return command.ExecuteScalar() is string holder && holder.Split(':') is [.., var pid, _] && int.TryParse(pid, out var id) ? id : null;
    }

    public void Dispose() => _databases.Dispose();
}
