namespace CutoverBot.Core.Entries;

/// <summary>
/// One field that changed. For patient fields Old and New stay null: the audit records that they changed, never
/// their values, so patient data lives only in Entry.Patient (the one place the trust work will encrypt).
/// </summary>
public sealed class AuditChange
{
    public string Field { get; set; } = "";
    public string? Old { get; set; }
    public string? New { get; set; }
    public bool IsPatientField { get; set; }
}
