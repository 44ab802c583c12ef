using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>The embedded engine on a real LiteDB file, as the bot opens it.</summary>
public sealed class LiteDbEngine : StoreEngine
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-contract-{Guid.NewGuid():N}.db");
    private readonly CutoverDatabase _db;

    public LiteDbEngine() => _db = new CutoverDatabase(_path);

    public override string Name => "LiteDB";

    public override IReferenceCounterStore Counters() => new ReferenceCounterStore(_db);

    // One process holds a LiteDB file, so the second "instance" is a second store over the same database.
    public override IReferenceCounterStore CountersOfAnotherInstance() => new ReferenceCounterStore(_db);

    public override IAuditStore Audit() => new AuditStore(_db);

    public override IEntryStore Entries() => new EntryStore(_db);

    public override CutoverBot.Core.Entries.Intake.IProcessedMessageStore ProcessedMessages() => new CutoverBot.Core.Entries.Intake.ProcessedMessageStore(_db);

    public override (IEntryStore Entries, IReferenceCounterStore Counters, IAuditStore Audit) AnotherInstance() =>
        (new EntryStore(_db), new ReferenceCounterStore(_db), new AuditStore(_db));

    public override T Make<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql) => onLiteDb(_db);

    public override T MakeOnAnotherInstance<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql) => onLiteDb(_db);

    public override void Dispose()
    {
        _db.Dispose();
        File.Delete(_path);
    }
}
