namespace CutoverBot.Core.Entries;

public enum AuditAction
{
    Created,
    Edited,
    Deleted,
    Undone,
    AssignedToPractice,
    /// <summary>Confirmed as re-entered into the new system.</summary>
    Reentered,
    /// <summary>Marked as not needing re-entry, with a reason.</summary>
    MarkedNotNeeded,
}
