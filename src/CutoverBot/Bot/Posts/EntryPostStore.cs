using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Storage;
using CutoverBot.Delivery;
using LiteDB;

namespace CutoverBot.Bot.Posts;

/// <summary>
/// Where each entry's cards were posted, written as Teams gives each one its id (in the turn, or later by the outbox),
/// so a change to the entry can reach them. Only the latest few per entry are kept: older copies were scrolled past.
/// </summary>
public sealed class EntryPostStore : IPostedReplyRecorder
{
    public const int KeptPerEntry = 6;
    private const string TagPrefix = "entry:";

    private readonly ILiteCollection<EntryPost> _posts;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    public EntryPostStore(CutoverDatabase db, TimeProvider time)
    {
        _time = time;
        _posts = db.Collection<EntryPost>("entry_posts");
        _posts.EnsureIndex(p => p.EntryId);
    }

    /// <summary>The tag a reply carries through the outbox: which entry, and whether it is the shared card.</summary>
    public static string TagFor(Guid entryId, bool shared) => TagPrefix + entryId.ToString("N") + (shared ? ":shared" : ":personal");

    /// <summary>
    /// The entry a card is for, and whether it is the shared channel reply, so the posted message can be updated when
    /// the entry changes; null for every other card.
    /// </summary>
    public static (Guid EntryId, bool Shared)? CardOf(CardReply? card) => card switch
    {
        { Template: EntryCards.ChannelTemplate, Data: EntryChannelCardData d } when Guid.TryParse(d.EntryId, out var id) => (id, true),
        { Template: EntryCards.SavedTemplate, Data: EntrySavedCardData d } when Guid.TryParse(d.EntryId, out var id) => (id, false),
        _ => null,
    };

    public void Posted(string tag, string conversationId, string activityId)
    {
        var parts = tag.Split(':');
        if (parts.Length != 3 || parts[0] + ":" != TagPrefix || !Guid.TryParseExact(parts[1], "N", out var entryId)) return;
        Remember(entryId, parts[2] == "shared", conversationId, activityId);
    }

    public void Remember(Guid entryId, bool shared, string conversationId, string activityId, string? cardHash = null)
    {
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(activityId)) return;
        lock (_lock)
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
            foreach (var old in ForEntry(entryId).Skip(KeptPerEntry)) _posts.Delete(old.Id);
        }
    }

    /// <summary>The entry's posted cards, newest first.</summary>
    public IReadOnlyList<EntryPost> ForEntry(Guid entryId) =>
        _posts.Find(p => p.EntryId == entryId).OrderByDescending(p => p.PostedAt).ThenByDescending(p => p.ActivityId, StringComparer.Ordinal).ToList();

    public void MarkRendered(EntryPost post, string cardHash)
    {
        post.CardHash = cardHash;
        _posts.Update(post);
    }
}
