using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.Status;

/// <summary>
/// The status card of one practice: when the next morning post is due, what became of the last one, delivery
/// problems, entry counts, the bot's version and any notice from how the bot is run (a secret about to expire). Reads settings, the post log and entry keys only, never patient
/// details, so the card may be shown in a channel.
/// </summary>
public sealed class PracticeStatus(IPostLogStore postLog, IEntryStore entries, DailyChecklistBuilder checklists, TimeProvider time,
    StatusNotices? notices = null, IProgressSharing? sharing = null)
{
    public const string Template = "status";

    /// <summary>How far back delivery problems are reported.</summary>
    public const int ProblemDays = 7;

    private const int MaxProblemRows = 5;

    /// <param name="practice">The practice.</param>
    /// <param name="full">The manager's view; staff see only the next and the last post.</param>
    public CardReply Card(Practice practice, bool full)
    {
        var now = time.GetUtcNow();
        var today = LondonTime.DateOf(now);
        var posts = postLog.ForPractice(practice.Id);
        var postedToday = posts.Any(p => p.Date == today && p.Kind.IsChannel());
        var lastChannel = posts.Where(p => p.Kind.IsChannel()).OrderBy(p => p.Date).ThenBy(p => p.ClaimedAt).LastOrDefault();
        var facts = new List<FactData>
        {
            new("Next morning post", NextMorningPost.Describe(practice, checklists.FirstTaskDay(practice), postedToday, now)),
            new("Last post", lastChannel is null ? "None yet" : PostDescriptions.Describe(lastChannel, now)),
        };
        if (!full)
        {
            return Build(practice, facts, [],
                "Your practice manager can type status to see delivery problems, entry counts and the bot's version.");
        }

        var problems = Problems(practice, posts, today, now);
        facts.Add(new("Delivery problems", problems.Count == 0 ? $"None in the last {ProblemDays} days" : $"{problems.Count} (below)"));
        facts.Add(new("Entries", EntriesText(practice.Id)));
        if (sharing is not null) facts.Add(new("Progress shared with", sharing.SharedWithText(practice.Id) ?? "Nobody (type share progress with ‹team› to show it to the ICB)"));
        facts.Add(new("Version", BotVersion.Text));
        facts.AddRange((notices ?? StatusNotices.None).Current());
        return Build(practice, facts, problems,
            "If posts keep failing, pass this card to whoever runs CutoverBot for the practice (your IT lead or the ICB's delivery partner).");
    }

    private static CardReply Build(Practice practice, List<FactData> facts, IReadOnlyList<TextRow> problems, string note) =>
        new(Template, new StatusCardData($"CutoverBot status: {practice.Name}", facts, problems.Count > 0, problems, note));

    private static List<TextRow> Problems(Practice practice, IReadOnlyList<PostRecord> posts, DateOnly today, DateTimeOffset now)
    {
        var rows = new List<TextRow>();
        if (!practice.Active)
            rows.Add(new("CutoverBot was removed from the team, or can no longer post to its channel, so nothing is posted. Add CutoverBot to the team again to restart the posts."));
        if (!practice.IsSetUp)
            rows.Add(new("Setup isn't done, so there is no checklist and nothing is posted. Type setup to do it."));

        // One row per kind and day: a day's reminders to several people read as one problem, without naming anyone.
        var failed = posts.Where(p => p.Date > today.AddDays(-ProblemDays) && PostDescriptions.IsProblem(p, now))
            .GroupBy(p => (p.Date, p.Kind))
            .OrderByDescending(g => g.Key.Date).ThenBy(g => g.Key.Kind)
            .Select(g => new TextRow(
                $"{PostDescriptions.KindName(g.Key.Kind)}{(g.Count() > 1 ? $" ({g.Count()} people)" : "")}, {UkFormat.ShortDate(g.Key.Date)}: {PostDescriptions.Outcome(g.First(), now)}"))
            .ToList();
        rows.AddRange(failed.Take(MaxProblemRows));
        if (failed.Count > MaxProblemRows) rows.Add(new($"... and {failed.Count - MaxProblemRows} more"));
        return rows;
    }

    private string EntriesText(string practiceId)
    {
        var keys = entries.KeysForPractice(practiceId);
        if (keys.Count == 0) return "None yet";
        var progress = new ProgressCounts(
            keys.Count(k => k.Status == EntryStatus.Pending), keys.Count(k => k.Status == EntryStatus.Reentered), keys.Count(k => k.Status == EntryStatus.NotNeeded));
        return $"{EntryCount.Text(progress.Total)}; re-entry {progress.Text} ({progress.Pending} to re-enter, {progress.Reentered} re-entered, {progress.NotNeeded} not needed)";
    }
}
