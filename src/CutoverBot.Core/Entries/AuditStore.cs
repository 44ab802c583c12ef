using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Entries;

/// <summary>The audit trail: every change to an entry, every showing of patient details, every export and purge. Append-only.</summary>
public sealed class AuditStore
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

    public void Add(AuditRecord record) => _records.Insert(record);

    /// <summary>The changes to an entry, oldest first; views of it are in <see cref="ForPractice"/>.</summary>
    public IReadOnlyList<AuditRecord> ForEntry(Guid entryId) =>
        _records.Find(r => r.EntryId == entryId).Where(r => r.Action != AuditAction.Viewed).OrderBy(r => r.At).ThenBy(r => r.Id).ToList();

    /// <summary>Everything recorded about a practice (changes, views, exports, purges, settings), oldest first.</summary>
    public IReadOnlyList<AuditRecord> ForPractice(string practiceId) =>
        _records.Find(r => r.PracticeId == practiceId).OrderBy(r => r.At).ThenBy(r => r.Id).ToList();
}
