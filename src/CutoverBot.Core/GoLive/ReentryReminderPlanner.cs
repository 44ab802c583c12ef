using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// After go-live: each morning's nudge to everyone with entries still to re-enter, and the manager's go-live notes.
/// Pure decisions over the stored entries for a London date; the scheduler decides when and the sender delivers.
/// </summary>
public sealed class ReentryReminderPlanner(IEntryStore entries, GoLiveSummaryBuilder summaries)
{
    public const string NudgeTemplate = "reentry-nudge";
    /// <summary>People listed by name on the manager's card; the rest are counted.</summary>
    public const int MaxOutstandingRows = 15;
    /// <summary>Late references listed on the manager's card; the rest are counted.</summary>
    public const int MaxLateReferences = 30;

    /// <summary>A ReentryNudge post for each author with entries still pending, on the days after go-live until legacy access ends.</summary>
    public IReadOnlyList<MorningPost> Nudges(Practice practice, DateOnly date)
    {
        if (!practice.Active || !GoLiveDates.IsReentryWindow(practice, date)) return [];
        var deadline = Deadline(practice, date);
        return entries.OutlinesForPractice(practice.Id, EntryStatus.Pending)
            .GroupBy(e => e.AuthorId)
            .Select(g => new MorningPost(practice.Id, MorningPostKind.ReentryNudge, date, Nudge(practice, g.ToList(), deadline), g.Key))
            .ToList();
    }

    public ManagerGoLiveNotes ForManager(Practice practice, DateOnly date)
    {
        if (practice.GoLiveDate is not { } goLive || date < goLive || date > goLive.AddDays(GoLiveDates.LegacyAccessDays)) return ManagerGoLiveNotes.None;
        var summary = summaries.Build(practice, date);
        var outstanding = summary.Outstanding.OrderByDescending(p => p.Counts.Pending).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var daysLeft = GoLiveDates.LegacyAccessEnds(practice)!.Value.DayNumber - date.DayNumber;
        var warn = summary.Counts.Pending > 0 && GoLiveDates.WarningDaysLeft.Contains(daysLeft);
        var yesterday = date.AddDays(-1);
        var late = yesterday < goLive ? [] : summary.Outlines
            .Where(e => LondonTime.DateOf(e.LoggedAt) == yesterday)
            .Select(e => e.Reference).ToList();
        return new ManagerGoLiveNotes
        {
            Show = true,
            OutstandingText = summary.Counts.Pending == 0
                ? "Re-entry: every entry is re-entered or marked not needed."
                : $"Re-entry: {summary.Counts.Pending} of {summary.Counts.Total} entries still to re-enter, by {People(outstanding.Count)}:",
            HasOutstanding = outstanding.Count > 0,
            Outstanding = outstanding.Take(MaxOutstandingRows).Select(p => new GoLiveFact(p.Name, $"{p.Counts.Pending} to re-enter")).ToList(),
            HasMoreOutstanding = outstanding.Count > MaxOutstandingRows,
            MoreOutstandingText = outstanding.Count > MaxOutstandingRows ? $"And {People(outstanding.Count - MaxOutstandingRows)} more. Type summary for the full list." : "",
            HasLegacyWarning = warn,
            LegacyWarningText = warn
                ? $"Legacy access ends {DaysText(daysLeft)} ({UkFormat.LongDate(GoLiveDates.LegacyAccessEnds(practice))}) and {EntryCount.Text(summary.Counts.Pending)} still to re-enter. " +
                  "After that the old system can't be read, and it is the only place some of that data lives."
                : "",
            LegacyDaysLeft = daysLeft,
            HasLateEntries = late.Count > 0,
            LateEntriesText = late.Count == 0 ? "" : LateText(late),
            LateEntries = late,
        };
    }

    private static CardReply Nudge(Practice practice, List<EntryOutline> pending, string deadline) =>
        new(NudgeTemplate, new ReentryNudgeCardData
        {
            PracticeId = practice.Id,
            Title = $"Re-entry at {practice.Name}",
            Text = $"You have {EntryCount.Text(pending.Count)} from the cutover still to re-enter into the new system. " +
                   "Once each is in, confirm it with Show my entries (or type reentered all).",
            Kinds = pending.GroupBy(e => e.Category).OrderBy(g => g.Key)
                .Select(g => new GoLiveFact(EntryCategoryInfo.For(g.Key).Label, g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            DeadlineText = deadline,
        });

    private static string Deadline(Practice practice, DateOnly date)
    {
        var ends = GoLiveDates.LegacyAccessEnds(practice)!.Value;
        return $"The old system can be read until {UkFormat.LongDate(ends)}: legacy access ends {DaysText(ends.DayNumber - date.DayNumber)}.";
    }

    private static string LateText(List<string> late)
    {
        var listed = string.Join(", ", late.Take(MaxLateReferences));
        var more = late.Count > MaxLateReferences ? $" and {late.Count - MaxLateReferences} more" : "";
        return $"Logged yesterday, after go-live, and added to the re-entry list: {EntryCount.Text(late.Count)} ({listed}{more}).";
    }

    private static string DaysText(int days) => days switch { 0 => "today", 1 => "tomorrow", _ => $"in {days} days" };

    private static string People(int n) => n == 1 ? "1 person" : $"{n} people";
}
