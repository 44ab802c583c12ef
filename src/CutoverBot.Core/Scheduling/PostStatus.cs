namespace CutoverBot.Core.Scheduling;

/// <summary>Where one morning post stands.</summary>
public enum PostStatus
{
    /// <summary>
    /// Claimed before sending. A claim left in this state by a process that stopped means the post may or may not have
    /// reached Teams; the next process claims it again (<see cref="PostLogStore.TryReclaimInterrupted"/>) and sends it.
    /// </summary>
    Claimed,
    /// <summary>Teams accepted it; the record holds the activity and conversation ids.</summary>
    Sent,
    /// <summary>The send failed in a way worth retrying; it may be claimed again from <see cref="PostRecord.RetryAt"/> on the same day.</summary>
    Failed,
    /// <summary>No further attempt: the bot was removed, the user blocked it, or the day's attempts ran out.</summary>
    GaveUp,
}
