namespace CutoverBot.Bot.Posts;

/// <summary>
/// The go-live cards posted in each practice's channel by summary. Only the latest <see cref="KeptPerPractice"/> are
/// kept up to date: older ones were scrolled past long ago, and each would cost a call to Teams on every confirmation.
/// <see cref="GoLivePostStore"/> (LiteDB) and <see cref="PostgreSql.PostgresGoLivePostStore"/>.
/// </summary>
public interface IGoLivePostStore
{
    const int KeptPerPractice = 3;

    /// <summary>Records a post and forgets the practice's posts beyond the latest few.</summary>
    void Remember(string practiceId, string conversationId, string activityId, string cardHash, DateTimeOffset now);

    /// <summary>The practice's remembered posts, newest first.</summary>
    IReadOnlyList<GoLivePost> Recent(string practiceId);

    void MarkRendered(GoLivePost post, string cardHash);
}
