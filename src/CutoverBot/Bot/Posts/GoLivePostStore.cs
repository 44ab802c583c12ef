using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Bot.Posts;

/// <summary>The go-live cards posted by summary, in the LiteDB file.</summary>
public sealed class GoLivePostStore : IGoLivePostStore
{
    // Remembering is write-then-trim; one process holds the file, so a process-wide lock makes it one step.
    private static readonly Lock RememberLock = new();
    private readonly ILiteCollection<GoLivePost> _posts;

    public GoLivePostStore(CutoverDatabase db)
    {
        _posts = db.Collection<GoLivePost>("golive_posts");
        _posts.EnsureIndex(p => p.PracticeId);
    }

    public void Remember(string practiceId, string conversationId, string activityId, string cardHash, DateTimeOffset now)
    {
        lock (RememberLock)
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
            foreach (var old in Recent(practiceId).Skip(IGoLivePostStore.KeptPerPractice)) _posts.Delete(old.Id);
        }
    }

    public IReadOnlyList<GoLivePost> Recent(string practiceId) =>
        _posts.Find(p => p.PracticeId == practiceId).OrderByDescending(p => p.PostedAt).ThenByDescending(p => p.ActivityId, StringComparer.Ordinal).ToList();

    public void MarkRendered(GoLivePost post, string cardHash)
    {
        post.CardHash = cardHash;
        _posts.Update(post);
    }
}
