namespace CutoverBot.Core.Checklist;

/// <summary>
/// The daily channel checklist card (cards/checklist.json). Channel-safe: tasks, ticks and counts only. After go-live
/// <see cref="HasReentry"/> adds how many entries are still to re-enter. <see cref="Date"/> (yyyy-MM-dd) is the card's
/// own day: every button on it carries that day, so a click on an older card redraws that day's list.
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
    string ReentryText = "")
{
    /// <summary>The day's round of daily routines (during cutover), each ticked for this day only.</summary>
    public bool HasDaily { get; init; }
    public string DailyHeading { get; init; } = "";
    public IReadOnlyList<ChecklistTaskRow> Daily { get; init; } = [];

    /// <summary>Tasks whose dates had passed when the practice set up, still open (or ticked on this card's day).</summary>
    public bool HasEarlier { get; init; }
    public EarlierTasksCardData Earlier { get; init; } = EarlierTasksCardData.None;
}
