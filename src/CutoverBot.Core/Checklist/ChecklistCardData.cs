namespace CutoverBot.Core.Checklist;

/// <summary>
/// The daily channel checklist card (cards/checklist.json). Channel-safe: tasks, ticks and counts only. After go-live
/// <see cref="HasReentry"/> adds how many entries are still to re-enter.
/// </summary>
public sealed record ChecklistCardData(
    string PracticeName,
    string Date,
    string DateText,
    string PhaseText,
    bool Superseded,
    string SupersededText,
    bool HasToday,
    IReadOnlyList<ChecklistTaskRow> Today,
    bool HasOverdue,
    IReadOnlyList<ChecklistTaskRow> Overdue,
    bool HasMoreOverdue,
    string MoreOverdueText,
    bool HasReminders,
    IReadOnlyList<TextRow> Reminders,
    string EntriesHeading,
    bool HasEntries,
    IReadOnlyList<CountRow> Entries,
    string NothingToday,
    string Footer,
    bool HasReentry = false,
    string ReentryText = "");
