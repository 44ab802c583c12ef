using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Entries;

/// <summary>The audit trail of every change to an entry. Append-only.</summary>
public sealed class AuditStore
{
    private readonly ILiteCollection<AuditRecord> _records;

    public AuditStore(CutoverDatabase db)
    {
        _records = db.Collection<AuditRecord>("audit");
        _records.EnsureIndex(r => r.EntryId);
        _records.EnsureIndex(r => r.PracticeId);
    }

    public void Add(AuditRecord record) => _records.Insert(record);

    /// <summary>An entry's history, oldest first.</summary>
    public IReadOnlyList<AuditRecord> ForEntry(Guid entryId) =>
        _records.Find(r => r.EntryId == entryId).OrderBy(r => r.At).ThenBy(r => r.Id).ToList();

    public IReadOnlyList<AuditRecord> ForPractice(string practiceId) =>
        _records.Find(r => r.PracticeId == practiceId).OrderBy(r => r.At).ThenBy(r => r.Id).ToList();
}
