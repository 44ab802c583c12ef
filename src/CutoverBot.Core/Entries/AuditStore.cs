using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Entries;

/// <summary>The audit trail in the LiteDB file (see <see cref="IAuditStore"/>).</summary>
public sealed class AuditStore : IAuditStore
{
    /// <summary>The collection's name in the database: the one place it is spelled.</summary>
    public const string Collection = "audit";

    private readonly ILiteCollection<AuditRecord> _records;

    public AuditStore(CutoverDatabase db)
    {
        _records = db.Collection<AuditRecord>(Collection);
        _records.EnsureIndex(r => r.EntryId);
        _records.EnsureIndex(r => r.PracticeId);
    }

    /// <inheritdoc />
    public void Add(AuditRecord record) => _records.Insert(record);

    /// <inheritdoc />
    public IReadOnlyList<AuditRecord> ForEntry(Guid entryId) =>
        _records.Find(r => r.EntryId == entryId).Where(r => r.Action != AuditAction.Viewed).OrderBy(r => r.At).ThenBy(r => r.Id).ToList();

    /// <inheritdoc />
    public IReadOnlyList<AuditRecord> ForPractice(string practiceId) =>
        _records.Find(r => r.PracticeId == practiceId).OrderBy(r => r.At).ThenBy(r => r.Id).ToList();
}
