namespace CutoverBot.Core.Scheduling;

/// <summary>Where one morning post stands.</summary>
public enum PostStatus
{
    /// <summary>
    /// Claimed, not yet handed to the Bot Connector (waiting for Teams' rate limits, or between retries). A claim left
    /// in this state by a process that stopped never reached Teams: the next process claims it again
    /// (<see cref="IPostLogStore.TryReclaimInterrupted"/>) and sends it.
    /// </summary>
    Claimed,
    /// <summary>Teams accepted it; the record holds the activity and conversation ids.</summary>
    Sent,
    /// <summary>The send failed in a way worth retrying; it may be claimed again from <see cref="PostRecord.RetryAt"/> on the same day.</summary>
    Failed,
    /// <summary>No further attempt: the bot was removed, the user blocked it, or the day's attempts ran out.</summary>
    GaveUp,
    /// <summary>
    /// The request is with the Bot Connector and its answer not yet in. A record left in this state by a process that
    /// stopped is not sent again: the request had most likely reached Teams, and a second card is what this avoids.
    /// </summary>
    Sending,
}
