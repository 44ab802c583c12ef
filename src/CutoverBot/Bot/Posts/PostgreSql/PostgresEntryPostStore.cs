using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Bot.Posts.PostgreSql;

/// <summary>
/// The entries' posted cards on the shared server. Remembering is one transaction: the upsert, then a trim to the
/// latest few. Two instances remembering cards of one entry at the same moment may each miss the other's new row and
/// leave one more than the few until the next card; neither ever removes a newer card than the ones it keeps.
/// </summary>
public sealed class PostgresEntryPostStore(PostgresDatabase db, TimeProvider time) : IEntryPostStore
{
    private const string Columns = "id, entry_id, conversation_id, activity_id, shared, posted_at, card_hash";
    private const string Newest = "ORDER BY posted_at DESC, activity_id COLLATE \"C\" DESC";

    private static readonly string UpsertSql = $"""
        INSERT INTO cutover.entry_posts ({Columns}) VALUES (@a, @b, @c, @d, @e, @f, @g)
        ON CONFLICT (id) DO UPDATE SET entry_id = excluded.entry_id, shared = excluded.shared, posted_at = excluded.posted_at, card_hash = excluded.card_hash
        """;

    private static readonly string TrimSql = $"""
        DELETE FROM cutover.entry_posts WHERE entry_id = @a AND id NOT IN (
            SELECT id FROM cutover.entry_posts WHERE entry_id = @a {Newest} LIMIT {IEntryPostStore.KeptPerEntry})
        """;

    public void Posted(string tag, string conversationId, string activityId)
    {
        if (IEntryPostStore.EntryOfTag(tag) is { } entry) Remember(entry.EntryId, entry.Shared, conversationId, activityId);
    }

    public void Remember(Guid entryId, bool shared, string conversationId, string activityId, string? cardHash = null)
    {
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(activityId)) return;
        db.InTransaction(() =>
        {
            db.Execute(UpsertSql, EntryPost.KeyFor(conversationId, activityId), entryId, conversationId, activityId, shared,
                time.GetUtcNow().ToUniversalTime(), cardHash);
            db.Execute(TrimSql, entryId);
        });
    }

    public IReadOnlyList<EntryPost> ForEntry(Guid entryId) =>
        db.Rows($"SELECT {Columns} FROM cutover.entry_posts WHERE entry_id = @a {Newest}", Read, entryId);

    public void MarkRendered(EntryPost post, string cardHash)
    {
        post.CardHash = cardHash;
        db.Execute("UPDATE cutover.entry_posts SET card_hash = @b WHERE id = @a", post.Id, cardHash);
    }

    private static EntryPost Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetString(0),
        EntryId = reader.GetGuid(1),
        ConversationId = reader.GetString(2),
        ActivityId = reader.GetString(3),
        Shared = reader.GetBoolean(4),
        PostedAt = reader.GetFieldValue<DateTimeOffset>(5),
        CardHash = reader.IsDBNull(6) ? null : reader.GetString(6),
    };
}
