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
    /// <summary>Patient details shown to someone (an entry card, a list, the re-entry view): one record per view.</summary>
    Viewed,
    /// <summary>Entries handed over as a file (workbook, CSV), in chat or from the command line.</summary>
    Exported,
    /// <summary>Patient details removed after the practice's retention period.</summary>
    Purged,
    /// <summary>A practice setting that governs patient data changed (retention period, what guests may do).</summary>
    SettingChanged,
}
