using System.Diagnostics;
using Npgsql;

namespace CutoverBot.Tests.Postgres;

/// <summary>
/// The test PostgreSQL server: the cluster .ci/run started (its connection string in CUTOVERBOT_TEST_PG, or the file
/// tests/postgres/cluster.sh writes), or one this process starts with that script when none is running, so
/// `dotnet test` alone works on a developer machine (it is left running for the next run; `cluster.sh stop` ends it).
/// Linked into both test projects.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Admin = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A superuser's connection string to the server's postgres database.</summary>
    public static string AdminConnectionString => Admin.Value;

    /// <summary>The same server and user, another database.</summary>
    public static string For(string database, string? username = null, string? password = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database };
        if (username is not null) builder.Username = username;
        if (password is not null) builder.Password = password;
        return builder.ConnectionString;
    }

    /// <summary>Runs SQL on the postgres database as the superuser.</summary>
    public static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("CUTOVERBOT_TEST_PG") is { Length: > 0 } given) return given;
        var file = Environment.GetEnvironmentVariable("CUTOVERBOT_TEST_PG_FILE") is { Length: > 0 } f ? f : "/tmp/cutoverbot-test-pg/connection";
        if (File.Exists(file) && Reachable(File.ReadAllText(file).Trim())) return File.ReadAllText(file).Trim();
        var script = Script();
        using var process = Process.Start(new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tests/postgres/cluster.sh start failed ({process.ExitCode}): {errors}");
        return output.Trim().Split('\n')[^1].Trim();
    }

    private static bool Reachable(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "postgres", "cluster.sh");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("tests/postgres/cluster.sh not found above " + AppContext.BaseDirectory);
    }
}
