namespace CutoverBot.Core.Scheduling;

/// <summary>
/// The kinds of morning post. Stored by name in the post log, so a kind is never renamed; new kinds go at the end.
/// </summary>
public enum MorningPostKind
{
    /// <summary>The day's checklist card in the practice channel; superseded by the next morning's channel card.</summary>
    ChannelChecklist,
    /// <summary>The practice manager's morning card in personal chat.</summary>
    ManagerMorning,
    /// <summary>After go-live: a nudge in personal chat to someone who still has entries to re-enter; one per person a day.</summary>
    ReentryNudge,
    /// <summary>
    /// The go-live card, posted in the channel on go-live morning instead of the checklist card. Never superseded: it
    /// stays live for the re-entry confirmations and their progress.
    /// </summary>
    GoLiveChannel,
}
