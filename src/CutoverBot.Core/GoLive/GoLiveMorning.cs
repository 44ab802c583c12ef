using CutoverBot.Core.Checklist;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.GoLive;

/// <summary>Go-live's answer to the morning plan: the channel card on go-live day, the manager's notes and the re-entry nudges.</summary>
public sealed class GoLiveMorning(GoLiveSummaryBuilder summaries, ReentryReminderPlanner reminders) : IGoLiveMorning
{
    public bool ReplacesChannelCard(Practice practice, DateOnly date) => practice.GoLiveDate == date;

    public CardReply ChannelCard(Practice practice, DateOnly date) => GoLiveCards.Card(summaries.Build(practice, date));

    public ManagerGoLiveNotes ForManager(Practice practice, DateOnly date) => reminders.ForManager(practice, date);

    public IReadOnlyList<MorningPost> Nudges(Practice practice, DateOnly date) => reminders.Nudges(practice, date);
}
