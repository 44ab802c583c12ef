namespace CutoverBot.Core.Checklist;

/// <summary>The practice manager's morning card in personal chat (cards/manager-morning.json). Counts only, no patient data.</summary>
public sealed record ManagerMorningCardData(
    string PracticeName,
    string DateText,
    string PhaseText,
    string MilestoneText,
    bool HasOverdue,
    string OverdueHeading,
    IReadOnlyList<ChecklistTaskRow> Overdue,
    bool HasMoreOverdue,
    string MoreOverdueText,
    bool HasToday,
    IReadOnlyList<ChecklistTaskRow> Today,
    string EntriesHeading,
    bool HasEntries,
    IReadOnlyList<CountRow> Entries,
    string NoEntriesText,
    string MissingDetailsText,
    string PendingText);
