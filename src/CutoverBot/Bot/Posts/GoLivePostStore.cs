using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Bot.Posts;

/// <summary>
/// The go-live cards posted in each practice's channel by summary. Only the latest few are kept up to date: older ones
/// were scrolled past long ago, and each would cost a call to Teams on every confirmation.
/// </summary>
public sealed class GoLivePostStore
{
    public const int KeptPerPractice = 3;

    private readonly ILiteCollection<GoLivePost> _posts;
    private readonly Lock _lock = new();

    public GoLivePostStore(CutoverDatabase db)
    {
        _posts = db.Collection<GoLivePost>("golive_posts");
        _posts.EnsureIndex(p => p.PracticeId);
    }

    public void Remember(string practiceId, string conversationId, string activityId, string cardHash, DateTimeOffset now)
    {
        lock (_lock)
        {
            _posts.Upsert(new GoLivePost
            {
                Id = GoLivePost.KeyFor(conversationId, activityId),
                PracticeId = practiceId,
                ConversationId = conversationId,
                ActivityId = activityId,
                PostedAt = now,
                CardHash = cardHash,
            });
            foreach (var old in Recent(practiceId).Skip(KeptPerPractice)) _posts.Delete(old.Id);
        }
    }

    /// <summary>The practice's remembered posts, newest first.</summary>
    public IReadOnlyList<GoLivePost> Recent(string practiceId) =>
        _posts.Find(p => p.PracticeId == practiceId).OrderByDescending(p => p.PostedAt).ToList();

    public void MarkRendered(GoLivePost post, string cardHash)
    {
        post.CardHash = cardHash;
        _posts.Update(post);
    }
}
