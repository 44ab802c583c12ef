using CutoverBot.Core.Entries;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>The shared engine on the real test server: each "instance" is its own PostgresDatabase (its own pool).</summary>
public sealed class PostgreSqlEngine(PostgresTestDatabase database) : StoreEngine
{
    private readonly PostgresDatabase _one = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly PostgresDatabase _two = new(database.ConnectionString, KeyRing.Ephemeral);

    public override string Name => "PostgreSQL";

    public override IReferenceCounterStore Counters() => new PostgresReferenceCounterStore(_one);

    public override IReferenceCounterStore CountersOfAnotherInstance() => new PostgresReferenceCounterStore(_two);

    public override IAuditStore Audit() => new PostgresAuditStore(_one);

    public override IEntryStore Entries() => new PostgresEntryStore(_one);

    public override CutoverBot.Core.Entries.Intake.IProcessedMessageStore ProcessedMessages() =>
        new CutoverBot.Core.Entries.Intake.PostgreSql.PostgresProcessedMessageStore(_one);

    public override (IEntryStore Entries, IReferenceCounterStore Counters, IAuditStore Audit) AnotherInstance() =>
        (new PostgresEntryStore(_two), new PostgresReferenceCounterStore(_two), new PostgresAuditStore(_two));

    public override T Make<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql) => onPostgreSql(_one);

    public override T MakeOnAnotherInstance<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql) => onPostgreSql(_two);

    public override void Dispose()
    {
        _one.Dispose();
        _two.Dispose();
    }
}
