using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Storage;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// What the morning planner takes from go-live: the channel card on go-live day, the manager's notes, the
/// re-entry nudges and the counts still to re-enter. Register as a singleton beside the planner.
/// </summary>
public sealed class GoLiveMorning(EntryStore entries)
{
    private readonly GoLiveSummaryBuilder _summaries = new(entries);
    private readonly ReentryReminderPlanner _reminders = new(entries);

    /// <summary>How many entries are still to re-enter, by kind: what the checklist card shows beside the re-entry tasks.</summary>
    public IReentryCounts Reentry { get; } = new ReentryCounts(entries);

    public static GoLiveMorning Create(CutoverDatabase db) => new(new EntryStore(db));

    /// <summary>True on go-live day: the channel gets the go-live card instead of the daily checklist card.</summary>
    public static bool ReplacesChannelCard(Practice practice, DateOnly date) => practice.GoLiveDate == date;

    /// <summary>The go-live card for the practice channel (counts, references and mentions; no patient details).</summary>
    public CardReply ChannelCard(Practice practice, DateOnly date) => GoLiveCards.Card(_summaries.Build(practice, date));

    /// <summary>Extra content for the manager's morning card from go-live day until legacy access ends.</summary>
    public ManagerGoLiveNotes ForManager(Practice practice, DateOnly date) => _reminders.ForManager(practice, date);

    /// <summary>The personal-chat nudges (kind ReentryNudge) due on a date after go-live.</summary>
    public IReadOnlyList<MorningPost> Nudges(Practice practice, DateOnly date) => _reminders.Nudges(practice, date);
}
