namespace CutoverBot.Core.Checklist;

/// <summary>One tick or untick, kept for good: who changed a task's state and when.</summary>
public sealed class ChecklistTickAudit
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string PracticeId { get; set; } = "";
    public string TaskId { get; set; } = "";
    /// <summary>The day of a daily task's round; null for a one-off task.</summary>
    public DateOnly? Day { get; set; }
    /// <summary>True for a tick, false for an untick.</summary>
    public bool Ticked { get; set; }
    public string ByUserId { get; set; } = "";
    public string ByName { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
