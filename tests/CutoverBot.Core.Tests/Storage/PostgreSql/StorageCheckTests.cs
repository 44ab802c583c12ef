using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;
using Npgsql;

namespace CutoverBot.Core.Tests.Storage.PostgreSql;

/// <summary>The start-up check against the real test server: each thing an IT lead can get wrong gets its own plain message.</summary>
public sealed class StorageCheckTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public void Run_EmptyDatabase_CreatesTheSchemaOnceAndSaysItIsCurrent()
    {
        var first = StorageCheck.Run(database.Another());

        Assert.Equal(StorageProblem.None, first.Problem);
        Assert.Equal(SchemaMigration.Latest, first.SchemaVersion);
        Assert.Contains($"schema version {SchemaMigration.Latest} is current", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_TwoInstancesStartingTogether_MigrateOnce()
    {
        var target = database.Another();
        using var one = NpgsqlDataSource.Create(target);
        using var two = NpgsqlDataSource.Create(target);

        var versions = await Task.WhenAll(Task.Run(() => SchemaMigrator.Migrate(one)), Task.Run(() => SchemaMigrator.Migrate(two)));

        Assert.All(versions, v => Assert.Equal(SchemaMigration.Latest, v));
        await using var connection = one.OpenConnection();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM cutover.schema_version", connection);
        Assert.Equal((long)SchemaMigration.All.Count, await count.ExecuteScalarAsync());
    }

    [Fact]
    public void Run_NothingListeningThere_SaysUnreachable()
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = FreePort(), Timeout = 5 };

        var result = StorageCheck.Run(builder.ConnectionString);

        Assert.Equal(StorageProblem.Unreachable, result.Problem);
        Assert.Contains($"Could not reach the PostgreSQL server 127.0.0.1:{builder.Port}", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WrongPassword_SaysSoWithoutQuotingIt()
    {
        var role = "cb_pw_" + Guid.NewGuid().ToString("N")[..10];
        PostgresServer.Execute($"CREATE ROLE {role} LOGIN PASSWORD 'the-right-one'");
        try
        {
            var result = StorageCheck.Run(PostgresServer.For(database.Name, role, "not-the-password-42"));

            Assert.Equal(StorageProblem.WrongPassword, result.Problem);
            Assert.Contains($"refused the user name or password for {role}", result.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("not-the-password-42", result.Message, StringComparison.Ordinal);
        }
        finally
        {
            PostgresServer.Execute($"DROP ROLE {role}");
        }
    }

    [Fact]
    public void Run_DatabaseMissing_NamesItAndHowToCreateIt()
    {
        var result = StorageCheck.Run(PostgresServer.For("cutoverbot_nowhere_" + Guid.NewGuid().ToString("N")[..8]));

        Assert.Equal(StorageProblem.MissingDatabase, result.Problem);
        Assert.Contains("has no database named cutoverbot_nowhere_", result.Message, StringComparison.Ordinal);
        Assert.Contains("CREATE DATABASE", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UserWithoutCreate_SaysWhatToGrant()
    {
        var target = database.Another();
        var name = new NpgsqlConnectionStringBuilder(target).Database!;
        var role = "cb_nocreate_" + Guid.NewGuid().ToString("N")[..10];
        PostgresServer.Execute($"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}'");
        try
        {
            var result = StorageCheck.Run(PostgresServer.For(name, role, "pw-" + role));

            Assert.Equal(StorageProblem.NoPermission, result.Problem);
            Assert.Contains($"User {role} may not create CutoverBot's schema in database {name}", result.Message, StringComparison.Ordinal);
            Assert.Contains($"GRANT CREATE ON DATABASE {name} TO {role}", result.Message, StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PostgresServer.Execute($"DROP ROLE {role}");
        }
    }

    [Fact]
    public void Run_SchemaFromANewerBot_RefusesAndChangesNothing()
    {
        var target = database.Another();
        Assert.True(StorageCheck.Run(target).Ok);
        Execute(target, $"INSERT INTO cutover.schema_version (version, name) VALUES ({SchemaMigration.Latest + 1}, '9999_future.sql')");

        var result = StorageCheck.Run(target);

        Assert.Equal(StorageProblem.SchemaTooNew, result.Problem);
        Assert.Contains($"schema is version {SchemaMigration.Latest + 1}, but this version of the bot knows versions up to {SchemaMigration.Latest}", result.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_NeverDropOrDeleteData()
    {
        Assert.NotEmpty(SchemaMigration.All);
        Assert.Equal(Enumerable.Range(1, SchemaMigration.All.Count), SchemaMigration.All.Select(m => m.Version));
        foreach (var migration in SchemaMigration.All)
        {
            var code = string.Join("\n", migration.Sql.Split('\n').Select(l => l.Split("--")[0])).ToUpperInvariant();
            foreach (var word in new[] { "DROP ", "TRUNCATE", "DELETE ", "ALTER COLUMN" })
                Assert.False(code.Contains(word, StringComparison.Ordinal), $"{migration.Name} contains {word.Trim()}: a migration never drops data.");
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
