namespace CutoverBot.Core.Entries;

public enum AuditAction
{
    Created,
    Edited,
    Deleted,
    Undone,
    AssignedToPractice,
}
