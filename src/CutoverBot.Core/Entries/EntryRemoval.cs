namespace CutoverBot.Core.Entries;

/// <summary>How an entry was removed: undone or deleted, by whom and when (from its audit trail).</summary>
public sealed record EntryRemoval(AuditAction Action, string ById, string ByName, DateTimeOffset At)
{
    /// <summary>The entry's last undo or delete, or null when the trail has none (removed before trails were kept).</summary>
    public static EntryRemoval? Of(IAuditStore audit, Guid entryId) =>
        audit.ForEntry(entryId).LastOrDefault(r => r.Action is AuditAction.Undone or AuditAction.Deleted) is { } r
            ? new EntryRemoval(r.Action, r.UserId, r.UserName, r.At)
            : null;

    /// <summary>"undone" or "deleted", as staff are told it.</summary>
    public string How => Action == AuditAction.Undone ? "undone" : "deleted";
}
