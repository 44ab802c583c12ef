namespace CutoverBot.Delivery;

public enum SendOutcome
{
    /// <summary>Teams accepted the message.</summary>
    Sent,
    /// <summary>Teams kept answering 429 (or asked for a longer wait than is worth holding a worker for).</summary>
    Throttled,
    /// <summary>The bot is no longer in the conversation (removed, uninstalled or blocked); do not try again.</summary>
    Gone,
    /// <summary>Any other failure, after the transient retries.</summary>
    Failed,
}
