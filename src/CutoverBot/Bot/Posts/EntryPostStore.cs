using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Bot.Posts;

/// <summary>The entries' posted cards in the LiteDB file.</summary>
public sealed class EntryPostStore : IEntryPostStore
{
    // Remembering is write-then-trim; one process holds the file, so a process-wide lock makes it one step.
    private static readonly Lock RememberLock = new();
    private readonly ILiteCollection<EntryPost> _posts;
    private readonly TimeProvider _time;

    public EntryPostStore(CutoverDatabase db, TimeProvider time)
    {
        _time = time;
        _posts = db.Collection<EntryPost>("entry_posts");
        _posts.EnsureIndex(p => p.EntryId);
    }

    public void Posted(string tag, string conversationId, string activityId)
    {
        if (IEntryPostStore.EntryOfTag(tag) is { } entry) Remember(entry.EntryId, entry.Shared, conversationId, activityId);
    }

    public void Remember(Guid entryId, bool shared, string conversationId, string activityId, string? cardHash = null)
    {
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(activityId)) return;
        lock (RememberLock)
        {
            _posts.Upsert(new EntryPost
            {
                Id = EntryPost.KeyFor(conversationId, activityId),
                EntryId = entryId,
                ConversationId = conversationId,
                ActivityId = activityId,
                Shared = shared,
                PostedAt = _time.GetUtcNow(),
                CardHash = cardHash,
            });
            foreach (var old in ForEntry(entryId).Skip(IEntryPostStore.KeptPerEntry)) _posts.Delete(old.Id);
        }
    }

    public IReadOnlyList<EntryPost> ForEntry(Guid entryId) =>
        _posts.Find(p => p.EntryId == entryId).OrderByDescending(p => p.PostedAt).ThenByDescending(p => p.ActivityId, StringComparer.Ordinal).ToList();

    public void MarkRendered(EntryPost post, string cardHash)
    {
        post.CardHash = cardHash;
        _posts.Update(post);
    }
}
