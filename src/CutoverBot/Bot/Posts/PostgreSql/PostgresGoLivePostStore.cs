using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Bot.Posts.PostgreSql;

/// <summary>
/// The go-live cards posted by summary, on the shared server. Remembering is one transaction: the upsert, then a trim
/// to the latest few. Two instances posting summaries at the same moment may leave one more than the few until the
/// next summary; neither ever removes a newer card than the ones it keeps.
/// </summary>
public sealed class PostgresGoLivePostStore(PostgresDatabase db) : IGoLivePostStore
{
    private const string Columns = "id, practice_id, conversation_id, activity_id, posted_at, card_hash";
    private const string Newest = "ORDER BY posted_at DESC, activity_id COLLATE \"C\" DESC";

    private static readonly string UpsertSql = $"""
        INSERT INTO cutover.golive_posts ({Columns}) VALUES (@a, @b, @c, @d, @e, @f)
        ON CONFLICT (id) DO UPDATE SET practice_id = excluded.practice_id, posted_at = excluded.posted_at, card_hash = excluded.card_hash
        """;

    private static readonly string TrimSql = $"""
        DELETE FROM cutover.golive_posts WHERE practice_id = @a AND id NOT IN (
            SELECT id FROM cutover.golive_posts WHERE practice_id = @a {Newest} LIMIT {IGoLivePostStore.KeptPerPractice})
        """;

    public void Remember(string practiceId, string conversationId, string activityId, string cardHash, DateTimeOffset now) =>
        db.InTransaction(() =>
        {
            db.Execute(UpsertSql, GoLivePost.KeyFor(conversationId, activityId), practiceId, conversationId, activityId,
                now.ToUniversalTime(), cardHash);
            db.Execute(TrimSql, practiceId);
        });

    public IReadOnlyList<GoLivePost> Recent(string practiceId) =>
        db.Rows($"SELECT {Columns} FROM cutover.golive_posts WHERE practice_id = @a {Newest}", Read, practiceId);

    public void MarkRendered(GoLivePost post, string cardHash)
    {
        post.CardHash = cardHash;
        db.Execute("UPDATE cutover.golive_posts SET card_hash = @b WHERE id = @a", post.Id, cardHash);
    }

    private static GoLivePost Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetString(0),
        PracticeId = reader.GetString(1),
        ConversationId = reader.GetString(2),
        ActivityId = reader.GetString(3),
        PostedAt = reader.GetFieldValue<DateTimeOffset>(4),
        CardHash = reader.IsDBNull(5) ? null : reader.GetString(5),
    };
}
