using Npgsql;

namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>
/// Brings the database's schema up to <see cref="SchemaMigration.Latest"/> in one transaction, holding an advisory
/// lock so that two instances starting together migrate once (the second waits, then finds nothing to do). A schema
/// newer than this bot is refused, not touched. A schema already current needs no CREATE permission, so the bot's
/// everyday role may be one that cannot change the schema.
/// </summary>
internal static class SchemaMigrator
{
    // Any constant both instances agree on; it names CutoverBot's migrations among the server's advisory locks.
    private const long LockKey = 0x43_75_74_6F_76_65_72_31;

    /// <summary>Migrates; returns the schema version now in the database.</summary>
    /// <exception cref="SchemaTooNewException">The database was migrated by a newer CutoverBot.</exception>
    public static int Migrate(NpgsqlDataSource source)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "SELECT pg_advisory_xact_lock(@key)", ("key", LockKey));
        var current = CurrentVersion(connection);
        if (current > SchemaMigration.Latest) throw new SchemaTooNewException(current, SchemaMigration.Latest);
        if (current == SchemaMigration.Latest) return current;
        if (current == 0)
        {
            Execute(connection, "CREATE SCHEMA IF NOT EXISTS cutover");
            Execute(connection, "CREATE TABLE IF NOT EXISTS cutover.schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
        }
        foreach (var migration in SchemaMigration.All.Where(m => m.Version > current))
        {
            Execute(connection, migration.Sql);
            Execute(connection, "INSERT INTO cutover.schema_version (version, name) VALUES (@v, @n)", ("v", migration.Version), ("n", migration.Name));
        }
        transaction.Commit();
        return SchemaMigration.Latest;
    }

    /// <summary>The version in the database, 0 when it has no CutoverBot schema; changes nothing.</summary>
    public static int CurrentVersion(NpgsqlConnection connection) =>
        Scalar(connection, "SELECT to_regclass('cutover.schema_version') IS NOT NULL") is true
            ? Convert.ToInt32(Scalar(connection, "SELECT coalesce(max(version), 0) FROM cutover.schema_version"), System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private static void Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
