using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Bot.Posts.PostgreSql;

/// <summary>
/// The go-live cards posted by summary, on the shared server. Remembering is one batch: the upsert, then a trim to the
/// latest few. Two instances posting summaries at the same moment may leave one more than the few until the next
/// summary; neither ever removes a newer card than the ones it keeps.
/// </summary>
public sealed class PostgresGoLivePostStore(PostgresDatabase db) : IGoLivePostStore
{
    private const string Columns = "id, practice_id, conversation_id, activity_id, posted_at, card_hash";

    private static readonly string UpsertSql = $"""
        INSERT INTO cutover.golive_posts ({Columns}) VALUES (@id, @practice, @conversation, @activity, @at, @hash)
        ON CONFLICT (id) DO UPDATE SET practice_id = excluded.practice_id, posted_at = excluded.posted_at, card_hash = excluded.card_hash
        """;

    // A statement of its own, not a second one in the same command: one command per statement keeps every round trip
    // a plain extended-protocol exchange.
    private static readonly string TrimSql = $"""
        DELETE FROM cutover.golive_posts WHERE practice_id = @practice AND id NOT IN (
            SELECT id FROM cutover.golive_posts WHERE practice_id = @practice ORDER BY posted_at DESC, activity_id COLLATE "C" DESC LIMIT {IGoLivePostStore.KeptPerPractice})
        """;

    public void Remember(string practiceId, string conversationId, string activityId, string cardHash, DateTimeOffset now) =>
        db.InTransaction(() => db.Use((connection, transaction) =>
        {
            using (var upsert = new NpgsqlCommand(UpsertSql, connection, transaction))
            {
                upsert.Parameters.AddWithValue("id", GoLivePost.KeyFor(conversationId, activityId));
                upsert.Parameters.AddWithValue("practice", practiceId);
                upsert.Parameters.AddWithValue("conversation", conversationId);
                upsert.Parameters.AddWithValue("activity", activityId);
                upsert.Parameters.AddWithValue("at", now.ToUniversalTime());
                upsert.Parameters.AddWithValue("hash", cardHash);
                upsert.ExecuteNonQuery();
            }
            using var trim = new NpgsqlCommand(TrimSql, connection, transaction);
            trim.Parameters.AddWithValue("practice", practiceId);
            return trim.ExecuteNonQuery();
        }));

    public IReadOnlyList<GoLivePost> Recent(string practiceId) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(
            $"SELECT {Columns} FROM cutover.golive_posts WHERE practice_id = @practice ORDER BY posted_at DESC, activity_id COLLATE \"C\" DESC",
            connection, transaction);
        command.Parameters.AddWithValue("practice", practiceId);
        using var reader = command.ExecuteReader();
        var posts = new List<GoLivePost>();
        while (reader.Read())
        {
            posts.Add(new GoLivePost
            {
                Id = reader.GetString(0),
                PracticeId = reader.GetString(1),
                ConversationId = reader.GetString(2),
                ActivityId = reader.GetString(3),
                PostedAt = reader.GetFieldValue<DateTimeOffset>(4),
                CardHash = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }
        return posts;
    });

    public void MarkRendered(GoLivePost post, string cardHash)
    {
        post.CardHash = cardHash;
        db.Use((connection, transaction) =>
        {
            using var command = new NpgsqlCommand("UPDATE cutover.golive_posts SET card_hash = @hash WHERE id = @id", connection, transaction);
            command.Parameters.AddWithValue("id", post.Id);
            command.Parameters.AddWithValue("hash", cardHash);
            return command.ExecuteNonQuery();
        });
    }
}
