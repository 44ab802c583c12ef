
namespace CutoverBot.Core.Checklist;

/// <summary>
/// The practice manager's morning card in personal chat (cards/manager-morning.json): counts, staff names and entry
/// references, no patient data. <see cref="Greeting"/> fits the London time the card is sent (see
/// <see cref="DayGreeting"/>). <see cref="GoLive"/> adds, from go-live day, who still has entries to re-enter, the
/// warnings before legacy access ends and the entries logged late.
/// </summary>
public sealed record ManagerMorningCardData(
    string Greeting,
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
    string PendingText,
    bool ShowPending,
    ManagerGoLiveNotes GoLive);
