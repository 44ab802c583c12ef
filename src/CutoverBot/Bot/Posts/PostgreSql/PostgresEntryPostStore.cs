using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Bot.Posts.PostgreSql;

/// <summary>
/// The entries' posted cards on the shared server. Remembering is one batch: the upsert, then a trim to the latest few.
/// Two instances remembering cards of one entry at the same moment may each miss the other's new row and leave one
/// more than the few until the next card; neither ever removes a newer card than the ones it keeps.
/// </summary>
public sealed class PostgresEntryPostStore(PostgresDatabase db, TimeProvider time) : IEntryPostStore
{
    private const string Columns = "id, entry_id, conversation_id, activity_id, shared, posted_at, card_hash";

    private static readonly string UpsertSql = $"""
        INSERT INTO cutover.entry_posts ({Columns}) VALUES (@id, @entry, @conversation, @activity, @shared, @at, @hash)
        ON CONFLICT (id) DO UPDATE SET entry_id = excluded.entry_id, shared = excluded.shared, posted_at = excluded.posted_at, card_hash = excluded.card_hash
        """;

    // A statement of its own, not a second one in the same command: one command per statement keeps every round trip
    // a plain extended-protocol exchange.
    private static readonly string TrimSql = $"""
        DELETE FROM cutover.entry_posts WHERE entry_id = @entry AND id NOT IN (
            SELECT id FROM cutover.entry_posts WHERE entry_id = @entry ORDER BY posted_at DESC, activity_id COLLATE "C" DESC LIMIT {IEntryPostStore.KeptPerEntry})
        """;

    public void Posted(string tag, string conversationId, string activityId)
    {
        if (IEntryPostStore.EntryOfTag(tag) is { } entry) Remember(entry.EntryId, entry.Shared, conversationId, activityId);
    }

    public void Remember(Guid entryId, bool shared, string conversationId, string activityId, string? cardHash = null)
    {
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(activityId)) return;
        db.InTransaction(() => db.Use((connection, transaction) =>
        {
            using (var upsert = new NpgsqlCommand(UpsertSql, connection, transaction))
            {
                upsert.Parameters.AddWithValue("id", EntryPost.KeyFor(conversationId, activityId));
                upsert.Parameters.AddWithValue("entry", entryId);
                upsert.Parameters.AddWithValue("conversation", conversationId);
                upsert.Parameters.AddWithValue("activity", activityId);
                upsert.Parameters.AddWithValue("shared", shared);
                upsert.Parameters.AddWithValue("at", time.GetUtcNow().ToUniversalTime());
                upsert.Parameters.AddWithValue("hash", (object?)cardHash ?? DBNull.Value);
                upsert.ExecuteNonQuery();
            }
            using var trim = new NpgsqlCommand(TrimSql, connection, transaction);
            trim.Parameters.AddWithValue("entry", entryId);
            return trim.ExecuteNonQuery();
        }));
    }

    public IReadOnlyList<EntryPost> ForEntry(Guid entryId) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(
            $"SELECT {Columns} FROM cutover.entry_posts WHERE entry_id = @entry ORDER BY posted_at DESC, activity_id COLLATE \"C\" DESC",
            connection, transaction);
        command.Parameters.AddWithValue("entry", entryId);
        using var reader = command.ExecuteReader();
        var posts = new List<EntryPost>();
        while (reader.Read())
        {
            posts.Add(new EntryPost
            {
                Id = reader.GetString(0),
                EntryId = reader.GetGuid(1),
                ConversationId = reader.GetString(2),
                ActivityId = reader.GetString(3),
                Shared = reader.GetBoolean(4),
                PostedAt = reader.GetFieldValue<DateTimeOffset>(5),
                CardHash = reader.IsDBNull(6) ? null : reader.GetString(6),
            });
        }
        return posts;
    });

    public void MarkRendered(EntryPost post, string cardHash)
    {
        post.CardHash = cardHash;
        db.Use((connection, transaction) =>
        {
            using var command = new NpgsqlCommand("UPDATE cutover.entry_posts SET card_hash = @hash WHERE id = @id", connection, transaction);
            command.Parameters.AddWithValue("id", post.Id);
            command.Parameters.AddWithValue("hash", cardHash);
            return command.ExecuteNonQuery();
        });
    }
}
