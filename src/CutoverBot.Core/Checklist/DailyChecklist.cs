using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// What one London day's checklist holds for a practice: one-off tasks due (<see cref="Today"/>) or late
/// (<see cref="Overdue"/>), the day's round of daily routines (<see cref="Daily"/>), and the tasks whose window closed
/// before the practice set the bot up that are still open (<see cref="Earlier"/>).
/// </summary>
public sealed record DailyChecklist(
    DateOnly Date,
    CutoverDates Dates,
    CutoverPhase Phase,
    string PhaseText,
    IReadOnlyList<ChecklistItem> Today,
    IReadOnlyList<ChecklistItem> Overdue,
    IReadOnlyList<StandingReminder> Reminders,
    Milestone? NextMilestone)
{
    public IReadOnlyList<ChecklistItem> Daily { get; init; } = [];

    public IReadOnlyList<ChecklistItem> Earlier { get; init; } = [];
}
