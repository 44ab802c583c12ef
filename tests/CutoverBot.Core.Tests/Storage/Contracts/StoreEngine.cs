using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;

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

    public abstract void Dispose();
}
