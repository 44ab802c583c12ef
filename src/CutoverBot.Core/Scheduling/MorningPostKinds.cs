namespace CutoverBot.Core.Scheduling;

/// <summary>What the scheduler and the post log need to know about each <see cref="MorningPostKind"/>.</summary>
public static class MorningPostKinds
{
    /// <summary>Posted in the practice channel (no recipient); sent before any personal post of the morning.</summary>
    public static bool IsChannel(this MorningPostKind kind) => kind is MorningPostKind.ChannelChecklist or MorningPostKind.GoLiveChannel;

    /// <summary>
    /// Several of this kind go out for one practice on one day, one per recipient, so the post log keys them by
    /// recipient too. The manager's card is not: a manager changed mid-morning does not get a second one.
    /// </summary>
    public static bool IsPerRecipient(this MorningPostKind kind) => kind == MorningPostKind.ReentryNudge;
}
