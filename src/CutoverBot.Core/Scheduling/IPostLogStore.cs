namespace CutoverBot.Core.Scheduling;

/// <summary>
/// The morning posts' log: each post claimed before it is sent, so it goes out at most once per <see cref="PostKey"/>
/// across restarts, racing sends and instances. One implementation per engine: <see cref="PostLogStore"/> (LiteDB) and
/// <see cref="PostgreSql.PostgresPostLogStore"/>.
/// </summary>
public interface IPostLogStore
{
    /// <summary>
    /// Claims the post for sending with this instance's <paramref name="turn"/> at the fan-out. True only for the one
    /// caller that may send it now: the first claim of the day, or a reclaim of a failed post whose retry time has come,
    /// and only while the turn still holds the lease.
    /// </summary>
    bool TryClaim(PostKey key, DateTimeOffset now, FanOutTurn turn);

    /// <summary>
    /// Claims again a post whose claim was left by an instance that stopped (or lost the lease) before handing it to the
    /// Bot Connector. False for a claim of this store's own, for a post that was with the connector
    /// (<see cref="PostStatus.Sending"/>), and when the turn no longer holds the lease.
    /// </summary>
    bool TryReclaimInterrupted(PostKey key, DateTimeOffset now, FanOutTurn turn);

    /// <summary>
    /// Records that the post's request is with the Bot Connector (<paramref name="onWire"/> true) or came back failed.
    /// Throws <see cref="PostClaimLostException"/> when the post is no longer this instance's to send.
    /// </summary>
    void MarkOnWire(PostKey key, bool onWire);

    PostRecord? Find(PostKey key);

    /// <summary>A channel or manager post (kinds with one post a practice a day).</summary>
    PostRecord? Find(string practiceId, MorningPostKind kind, DateOnly date);

    void MarkSent(PostKey key, string activityId, string conversationId, DateTimeOffset now);

    /// <summary>Releases the claim so the post can be sent again from <paramref name="retryAt"/>.</summary>
    void MarkFailed(PostKey key, DateTimeOffset retryAt);

    void MarkGaveUp(PostKey key);

    void MarkSuperseded(PostKey key, DateTimeOffset now);

    /// <summary>Sent posts of this kind before <paramref name="date"/> that still show as current, newest first.</summary>
    IReadOnlyList<PostRecord> SentAndNotSupersededBefore(string practiceId, MorningPostKind kind, DateOnly date);

    /// <summary>The earliest time a failed post of <paramref name="date"/> may be retried, so the scheduler can wake for it.</summary>
    DateTimeOffset? EarliestRetry(DateOnly date);

    /// <summary>True when a failed post of the practice's day may be tried again now.</summary>
    bool HasRetryDue(string practiceId, DateOnly date, DateTimeOffset now);

    IReadOnlyList<PostRecord> ForPractice(string practiceId);

    /// <summary>
    /// Records that every post planned for the practice's day was handled, from these practice settings; false (nothing
    /// recorded) when <paramref name="turn"/> no longer holds the lease: an instance whose claims were refused has not
    /// handled the day, and the instance that took over must not skip it.
    /// </summary>
    bool MarkPlanned(string practiceId, DateOnly date, string settings, DateTimeOffset now, FanOutTurn turn);

    /// <summary>True when a pass already handled the practice's day with the same settings.</summary>
    bool WasPlanned(string practiceId, DateOnly date, string settings);
}
