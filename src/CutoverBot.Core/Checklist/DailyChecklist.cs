namespace CutoverBot.Core.Checklist;

/// <summary>What one London day's checklist holds for a practice.</summary>
public sealed record DailyChecklist(
    DateOnly Date,
    CutoverDates Dates,
    CutoverPhase Phase,
    string PhaseText,
    IReadOnlyList<ChecklistItem> Today,
    IReadOnlyList<ChecklistItem> Overdue,
    IReadOnlyList<StandingReminder> Reminders,
    Milestone? NextMilestone);
