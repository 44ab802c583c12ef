using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>
/// One database engine as the contract tests see it: the feature stores over a real database, and a second
/// "instance" over the same data (LiteDB: another store over the one database; PostgreSQL: another connection pool).
/// </summary>
public abstract class StoreEngine : IDisposable
{
    /// <summary>Named in every contract failure.</summary>
    public abstract string Name { get; }

    public abstract IReferenceCounterStore Counters();

    public abstract IReferenceCounterStore CountersOfAnotherInstance();

    public abstract IAuditStore Audit();

    public abstract IEntryStore Entries();

    public abstract CutoverBot.Core.Entries.Intake.IProcessedMessageStore ProcessedMessages();

    /// <summary>An entry store, its counters and its audit trail as a second instance of the bot has them.</summary>
    public abstract (IEntryStore Entries, IReferenceCounterStore Counters, IAuditStore Audit) AnotherInstance();

    /// <summary>
    /// A store of this engine, built by the caller over the engine's database: new stores' contract tests need no new
    /// member here, only the two constructors.
    /// </summary>
    public abstract T Make<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql);

    /// <summary>The same store as a second instance of the bot has it (LiteDB: over the same database).</summary>
    public abstract T MakeOnAnotherInstance<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql);

    public abstract void Dispose();
}
