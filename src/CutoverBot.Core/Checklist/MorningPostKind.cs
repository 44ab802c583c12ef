namespace CutoverBot.Core.Checklist;

public enum MorningPostKind
{
    /// <summary>The day's checklist card in the practice channel (the go-live card on go-live day).</summary>
    ChannelChecklist,
    /// <summary>The practice manager's morning card in personal chat.</summary>
    ManagerMorning,
    /// <summary>After go-live: a nudge in personal chat to someone who still has entries to re-enter.</summary>
    ReentryNudge,
}
