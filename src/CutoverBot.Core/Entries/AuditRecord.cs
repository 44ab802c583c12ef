namespace CutoverBot.Core.Entries;

/// <summary>Who did what to which entries, when, and which fields changed. Never a patient value.</summary>
public sealed class AuditRecord
{
    /// <summary>Given by the database in order of writing, so records written in the same instant keep their order.</summary>
    public long Id { get; set; }
    /// <summary>The entry, for a record about one entry; empty for a list, an export or a purge.</summary>
    public Guid EntryId { get; set; }
    /// <summary>Empty while the entry is held without a practice.</summary>
    public string PracticeId { get; set; } = "";
    public string Reference { get; set; } = "";
    public AuditAction Action { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public List<AuditChange> Changes { get; set; } = [];
    /// <summary>Where it happened for views and exports: the command or button ("my entries", "reentry.view", "export").</summary>
    public string? Surface { get; set; }
    /// <summary>The references shown, exported or purged (views and exports list each entry once; no field-level detail).</summary>
    public List<string> References { get; set; } = [];
    /// <summary>How many entries the record covers.</summary>
    public int Count { get; set; }
}
