namespace CutoverBot.Core.Entries;

/// <summary>Who changed which entry, when, and which fields.</summary>
public sealed class AuditRecord
{
    /// <summary>Given by the database in order of writing, so records written in the same instant keep their order.</summary>
    public long Id { get; set; }
    public Guid EntryId { get; set; }
    /// <summary>Empty while the entry is held without a practice.</summary>
    public string PracticeId { get; set; } = "";
    public string Reference { get; set; } = "";
    public AuditAction Action { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public List<AuditChange> Changes { get; set; } = [];
}
