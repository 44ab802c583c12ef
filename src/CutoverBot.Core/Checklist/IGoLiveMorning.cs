using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// What the morning plan asks go-live: whether today's channel card is go-live's, that card, the manager's notes and
/// the re-entry nudges. Go-live answers it (GoLiveMorning), so the checklist never reaches into go-live's internals.
/// </summary>
public interface IGoLiveMorning
{
    /// <summary>True on go-live day: the channel gets the go-live card instead of the daily checklist card.</summary>
    bool ReplacesChannelCard(Practice practice, DateOnly date);

    /// <summary>The go-live card for the practice channel (counts, references and mentions; no patient details).</summary>
    CardReply ChannelCard(Practice practice, DateOnly date);

    /// <summary>Extra content for the manager's morning card from go-live day until legacy access ends.</summary>
    ManagerGoLiveNotes ForManager(Practice practice, DateOnly date);

    /// <summary>The personal-chat nudges (kind ReentryNudge) due on a date after go-live.</summary>
    IReadOnlyList<MorningPost> Nudges(Practice practice, DateOnly date);
}
