using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Builds the daily channel checklist card and the manager's morning card for a practice and London date. The number
/// still to re-enter shown beside re-entry tasks comes from go-live through <see cref="IReentryCounts"/>.
/// </summary>
public sealed class ChecklistCards(DailyChecklistBuilder checklists, EntryActivity entries, IReentryCounts reentry)
{
    public const string ChannelTemplate = "checklist";
    public const string ManagerTemplate = "manager-morning";

    /// <summary>Overdue lines beyond this are summarised on the manager's card, to keep it readable.</summary>
    public const int MaxOverdueRows = 8;

    /// <summary>
    /// Fewer on the channel card, which goes to every member's client again on each tick: with five, the busiest day
    /// (the day after go-live) stays under 16 KB. The most recently missed show first, and the next come up as these
    /// are ticked.
    /// </summary>
    public const int MaxOverdueRowsInChannel = 5;

    /// <summary>The first day the calendar has anything for this practice; before it there is nothing to post.</summary>
    public DateOnly? FirstTaskDay(Practice practice) => checklists.FirstTaskDay(practice);

    /// <summary>
    /// The channel card of a day. <paramref name="earlierPage"/> opens the earlier tasks at that page (from 1), for the
    /// person who asked for it or the card redrawn after a tick made there.
    /// </summary>
    public CardReply Channel(Practice practice, DateOnly date, bool superseded, int? earlierPage = null)
    {
        var day = checklists.Build(practice, date);
        var yesterday = Counts(practice.Id, date.AddDays(-1));
        var hidden = Math.Max(0, day.Overdue.Count - MaxOverdueRowsInChannel);
        var dateText = UkFormat.FullDate(date);
        // From the day after go-live, whatever was logged the day before is a late entry that joins the re-entry list.
        var afterGoLive = practice.GoLiveDate is { } goLive && date > goLive;
        // A superseded card keeps no live count: it would go stale with nobody looking at it.
        var stillToReenter = superseded || !(afterGoLive || day.Today.Concat(day.Overdue).Any(i => i.Task.Counts is { Count: > 0 }))
            ? null
            : reentry.StillToReenter(practice.Id);
        var pending = stillToReenter?.Values.Sum() ?? 0;
        var dailyDone = day.Daily.Count(i => i.IsDone);
        return new CardReply(ChannelTemplate, new ChecklistCardData(
            practice.Name.Length > 0 ? practice.Name : "Your practice",
            UkFormat.IsoDate(date),
            dateText,
            day.PhaseText,
            superseded,
            $"This is the list for {dateText}: see today's card for the latest. Ticks made here still count.",
            day.Today.Count > 0,
            ChecklistRows.For(day.Today, date, pending: stillToReenter, setUpOn: practice.SetUpOn),
            day.Overdue.Count > 0,
            ChecklistRows.For(day.Overdue, date, MaxOverdueRowsInChannel, stillToReenter),
            hidden > 0,
            hidden == 1
                ? "And 1 more overdue, missed earlier: it shows here once one of these is ticked."
                : $"And {hidden} more overdue, missed earlier: they show here as these are ticked.",
            day.Reminders.Count > 0,
            day.Reminders.Select(r => new TextRow(r.Text)).ToList(),
            afterGoLive && yesterday.Count > 0 ? "Logged yesterday, after go-live: added to the re-entry list" : "Logged yesterday",
            yesterday.Count > 0,
            yesterday,
            day.Today.Count == 0 ? (day.Daily.Count > 0 ? "No one-off tasks today: just the daily routine above." : "Nothing new is due today.") : "",
            "Tick tasks here or type done ‹task id›. Type checklist for today's list.",
            afterGoLive && !superseded,
            ReentryText(pending))
        {
            HasDaily = day.Daily.Count > 0,
            DailyHeading = $"Daily routine: {dailyDone} of {day.Daily.Count} done",
            Daily = ChecklistRows.For(day.Daily, date, setUpOn: practice.SetUpOn),
            HasEarlier = day.Earlier.Count > 0,
            Earlier = EarlierTasksSection.For(day.Earlier, date, practice.SetUpOn, earlierPage),
        });
    }

    /// <summary>
    /// The manager's card; <paramref name="goLive"/> adds re-entry progress and warnings from go-live day on. It greets
    /// for <paramref name="londonTime"/>, the time it goes out (the practice's post time when not given).
    /// </summary>
    public CardReply ManagerMorning(Practice practice, DateOnly date, ManagerGoLiveNotes? goLive = null, TimeOnly? londonTime = null)
    {
        goLive ??= ManagerGoLiveNotes.None;
        var day = checklists.Build(practice, date);
        var yesterday = Counts(practice.Id, date.AddDays(-1));
        var hidden = Math.Max(0, day.Overdue.Count - MaxOverdueRows);
        var missing = entries.MissingDetails(practice.Id);
        var pending = entries.Pending(practice.Id);
        return new CardReply(ManagerTemplate, new ManagerMorningCardData(
            DayGreeting.At(londonTime ?? practice.MorningPostTime),
            practice.Name.Length > 0 ? practice.Name : "Your practice",
            UkFormat.FullDate(date),
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
            pending switch { 0 => "No entries waiting for re-entry.", 1 => "1 entry waiting for re-entry.", _ => $"{pending} entries waiting for re-entry." },
            // The go-live notes say it with more detail; saying it twice would only add noise.
            !goLive.Show,
            goLive));
    }

    private static string ReentryText(int pending) => pending switch
    {
        0 => "Re-entry: nothing is waiting to be re-entered.",
        1 => "Re-entry: 1 entry still to re-enter. Type summary for the go-live card and Show my entries.",
        _ => $"Re-entry: {pending} entries still to re-enter. Type summary for the go-live card and Show my entries.",
    };

    private List<CountRow> Counts(string practiceId, DateOnly date) =>
        entries.LoggedOn(practiceId, date).Select(c => new CountRow(c.Label, c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
