using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Tests.Storage.Contracts;

/// <summary>The shared engine on the real test server: each "instance" is its own PostgresDatabase (its own pool), one key ring.</summary>
public sealed class PostgreSqlHostEngine : HostStoreEngine
{
    private readonly PostgresDatabase _one;
    private readonly PostgresDatabase _two;

    public PostgreSqlHostEngine(PostgresTestDatabase database)
    {
        // Every instance of a deployment has the same keys, so either opens what the other sealed.
        var keys = KeyRing.Ephemeral;
        _one = new PostgresDatabase(database.ConnectionString, keys);
        _two = new PostgresDatabase(database.ConnectionString, keys);
    }

    public override string Name => "PostgreSQL";

    public override T Make<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql) => onPostgreSql(_one);

    public override T MakeOnAnotherInstance<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql) => onPostgreSql(_two);

    public override void Dispose()
    {
        _one.Dispose();
        _two.Dispose();
    }
}
