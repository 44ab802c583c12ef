using CutoverBot.Core.Cards;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>Builds the daily channel checklist card and the manager's morning card for a practice and London date.</summary>
public sealed class ChecklistCards(DailyChecklistBuilder checklists, EntryActivity entries)
{
    public const string ChannelTemplate = "checklist";
    public const string ManagerTemplate = "manager-morning";

    /// <summary>Overdue lines beyond this are summarised, to keep the card readable and under Teams' size limit.</summary>
    public const int MaxOverdueRows = 8;

    public CardReply Channel(Practice practice, DateOnly date, bool superseded)
    {
        var day = checklists.Build(practice, date);
        var yesterday = Counts(practice.Id, date.AddDays(-1));
        var hidden = Math.Max(0, day.Overdue.Count - MaxOverdueRows);
        var dateText = LondonClock.LongDate(date);
        return new CardReply(ChannelTemplate, new ChecklistCardData(
            practice.Name.Length > 0 ? practice.Name : "Your practice",
            date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            dateText,
            day.PhaseText,
            superseded,
            $"This is the list for {dateText}: see today's card for the latest. Ticks made here still count.",
            day.Today.Count > 0,
            ChecklistRows.For(day.Today, date),
            day.Overdue.Count > 0,
            ChecklistRows.For(day.Overdue, date, MaxOverdueRows),
            hidden > 0,
            $"And {hidden} more overdue: type done <task id> once each is done.",
            day.Reminders.Count > 0,
            day.Reminders.Select(r => new TextRow(r.Text)).ToList(),
            "Logged yesterday",
            yesterday.Count > 0,
            yesterday,
            day.Today.Count == 0 ? "Nothing new is due today." : "",
            "Tick tasks here or type done <task id>. Type checklist for today's list."));
    }

    public CardReply ManagerMorning(Practice practice, DateOnly date)
    {
        var day = checklists.Build(practice, date);
        var yesterday = Counts(practice.Id, date.AddDays(-1));
        var hidden = Math.Max(0, day.Overdue.Count - MaxOverdueRows);
        var missing = entries.MissingDetails(practice.Id);
        var pending = entries.Pending(practice.Id);
        return new CardReply(ManagerTemplate, new ManagerMorningCardData(
            practice.Name.Length > 0 ? practice.Name : "Your practice",
            LondonClock.LongDate(date),
            day.PhaseText,
            day.NextMilestone?.Text ?? "All milestones have passed.",
            day.Overdue.Count > 0,
            $"Overdue ({day.Overdue.Count})",
            ChecklistRows.For(day.Overdue, date, MaxOverdueRows),
            hidden > 0,
            $"And {hidden} more overdue.",
            day.Today.Count > 0,
            ChecklistRows.For(day.Today, date),
            "Logged yesterday",
            yesterday.Count > 0,
            yesterday,
            "Nothing was logged yesterday.",
            missing switch { 0 => "Every entry has the details it needs.", 1 => "1 entry still needs details.", _ => $"{missing} entries still need details." },
            pending switch { 0 => "No entries waiting for re-entry.", 1 => "1 entry waiting for re-entry.", _ => $"{pending} entries waiting for re-entry." }));
    }

    private List<CountRow> Counts(string practiceId, DateOnly date) =>
        entries.LoggedOn(practiceId, date).Select(c => new CountRow(c.Label, c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
