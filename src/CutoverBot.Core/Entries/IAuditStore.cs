namespace CutoverBot.Core.Entries;

/// <summary>
/// The audit trail: every change to an entry, every showing of patient details, every export and purge. Append-only.
/// One implementation per engine: <see cref="AuditStore"/> (LiteDB) and <see cref="PostgreSql.PostgresAuditStore"/>.
/// </summary>
public interface IAuditStore
{
    /// <summary>Appends the record; its <see cref="AuditRecord.Id"/> is given here, in order of writing.</summary>
    void Add(AuditRecord record);

    /// <summary>The changes to an entry, oldest first; views of it are in <see cref="ForPractice"/>.</summary>
    IReadOnlyList<AuditRecord> ForEntry(Guid entryId);

    /// <summary>Everything recorded about a practice (changes, views, exports, purges, settings), oldest first.</summary>
    IReadOnlyList<AuditRecord> ForPractice(string practiceId);
}
