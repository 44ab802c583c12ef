using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;

namespace CutoverBot.Tests.Storage.Contracts;

/// <summary>
/// One database engine as the host stores' contract tests see it (as Core's StoreEngine): a store over a real
/// database, and the same store as a second instance of the bot has it (LiteDB: another store over the one database,
/// since one process holds the file; PostgreSQL: another connection pool on the same database).
/// </summary>
public abstract class HostStoreEngine : IDisposable
{
    /// <summary>Named in every contract failure.</summary>
    public abstract string Name { get; }

    public abstract T Make<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql);

    public abstract T MakeOnAnotherInstance<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql);

    public abstract void Dispose();
}
