using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Core.Scheduling.PostgreSql;

/// <summary>
/// The morning posts' log on the shared server. What LiteDB's store does under its process-wide lock is done here
/// under the post's row lock, so it holds across instances: a first claim is an insert that only one instance's can
/// make, every other change reads the row FOR UPDATE first, and each claim checks in its own transaction that the
/// claimer still holds the fan-out lease (<see cref="PostgresFanOutLease.Holds"/>). Once another instance has claimed
/// a post, this one's later marks for it are left out: the post is the other's to send and record.
/// </summary>
public sealed class PostgresPostLogStore : IPostLogStore
{
    private const string Columns = "id, practice_id, kind, date, status, retry_at, superseded_at, document";
    private readonly PostgresDatabase _db;
    // Stamped on every claim this store makes: one store per process, so it names the instance.
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public PostgresPostLogStore(PostgresDatabase db)
    {
        _db = db;
        // LiteDB builds a type's member map on first use without guarding readers from it: build it before any race.
        db.Mapper.ToObject<PostRecord>(db.Mapper.ToDocument(new PostRecord()));
    }

    public bool TryClaim(PostKey key, DateTimeOffset now, FanOutTurn turn) => Locked((connection, transaction) =>
    {
        if (!PostgresFanOutLease.Holds(connection, transaction, turn, now)) return false;
        var claim = new PostRecord
        {
            Id = key.Id, PracticeId = key.PracticeId, Kind = key.Kind, Date = key.Date, RecipientUserId = key.KeyedRecipient,
            Status = PostStatus.Claimed, Attempts = 1, ClaimedAt = now, ClaimedBy = _owner,
        };
        if (Write(connection, transaction, claim, $"INSERT INTO cutover.morning_posts ({Columns}) VALUES (@id, @practice, @kind, @date, @status, @retry, @superseded, @document) ON CONFLICT (id) DO NOTHING") == 1)
            return true;
        if (ReadForUpdate(connection, transaction, key) is not { Status: PostStatus.Failed, RetryAt: { } retryAt } existing || retryAt > now) return false;
        existing.Status = PostStatus.Claimed;
        existing.Attempts++;
        existing.ClaimedAt = now;
        existing.ClaimedBy = _owner;
        existing.RetryAt = null;
        return Update(connection, transaction, existing);
    });

    public bool TryReclaimInterrupted(PostKey key, DateTimeOffset now, FanOutTurn turn) => Locked((connection, transaction) =>
    {
        if (!PostgresFanOutLease.Holds(connection, transaction, turn, now)) return false;
        if (ReadForUpdate(connection, transaction, key) is not { Status: PostStatus.Claimed } existing || existing.ClaimedBy == _owner) return false;
        existing.Attempts++;
        existing.ClaimedAt = now;
        existing.ClaimedBy = _owner;
        return Update(connection, transaction, existing);
    });

    public void MarkOnWire(PostKey key, bool onWire) => Change(key, r =>
    {
        if (r.ClaimedBy != _owner || r.Status is not (PostStatus.Claimed or PostStatus.Sending))
        {
            // Taken over since this instance claimed it: the request must not leave (throwing stops it in the HTTP pipeline).
            if (onWire) throw new PostClaimLostException();
            return false;
        }
        r.Status = onWire ? PostStatus.Sending : PostStatus.Claimed;
        return true;
    }, mineOnly: false);

    public PostRecord? Find(PostKey key) => _db.Use((connection, transaction) => Read(connection, transaction, "WHERE id = @key", key.Id).FirstOrDefault());

    public PostRecord? Find(string practiceId, MorningPostKind kind, DateOnly date) => Find(new PostKey(practiceId, kind, date));

    public void MarkSent(PostKey key, string activityId, string conversationId, DateTimeOffset now) => Change(key, r =>
    {
        r.Status = PostStatus.Sent;
        r.ActivityId = activityId;
        r.ConversationId = conversationId;
        r.SentAt = now;
        r.RetryAt = null;
        return true;
    });

    public void MarkFailed(PostKey key, DateTimeOffset retryAt) => Change(key, r =>
    {
        r.Status = PostStatus.Failed;
        r.RetryAt = retryAt;
        return true;
    });

    public void MarkGaveUp(PostKey key) => Change(key, r =>
    {
        r.Status = PostStatus.GaveUp;
        r.RetryAt = null;
        return true;
    });

    // Any instance may record that an old card was replaced: it is not a claim.
    public void MarkSuperseded(PostKey key, DateTimeOffset now) => Change(key, r =>
    {
        r.SupersededAt = now;
        return true;
    }, mineOnly: false);

    public IReadOnlyList<PostRecord> SentAndNotSupersededBefore(string practiceId, MorningPostKind kind, DateOnly date) =>
        _db.Use((connection, transaction) => Read(connection, transaction,
            "WHERE practice_id = @key AND kind = @kind AND date < @date AND status = 'Sent' AND superseded_at IS NULL ORDER BY date DESC",
            practiceId, ("kind", kind.ToString()), ("date", date)));

    public DateTimeOffset? EarliestRetry(DateOnly date) => _db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("SELECT min(retry_at) FROM cutover.morning_posts WHERE status = 'Failed' AND date = @date", connection, transaction);
        command.Parameters.AddWithValue("date", date);
        return command.ExecuteScalar() is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : (DateTimeOffset?)null;
    });

    public bool HasRetryDue(string practiceId, DateOnly date, DateTimeOffset now) => _db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM cutover.morning_posts
                           WHERE practice_id = @practice AND date = @date AND status = 'Failed' AND retry_at <= @now)
            """, connection, transaction);
        command.Parameters.AddWithValue("practice", practiceId);
        command.Parameters.AddWithValue("date", date);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        return (bool)command.ExecuteScalar()!;
    });

    public IReadOnlyList<PostRecord> ForPractice(string practiceId) =>
        _db.Use((connection, transaction) => Read(connection, transaction, "WHERE practice_id = @key", practiceId));

    public bool MarkPlanned(string practiceId, DateOnly date, string settings, DateTimeOffset now, FanOutTurn turn) => Locked((connection, transaction) =>
    {
        if (!PostgresFanOutLease.Holds(connection, transaction, turn, now)) return false;
        using var command = new NpgsqlCommand("""
            INSERT INTO cutover.morning_plans (practice_id, date, settings, planned_at) VALUES (@practice, @date, @settings, @at)
            ON CONFLICT (practice_id, date) DO UPDATE SET settings = excluded.settings, planned_at = excluded.planned_at
            """, connection, transaction);
        command.Parameters.AddWithValue("practice", practiceId);
        command.Parameters.AddWithValue("date", date);
        command.Parameters.AddWithValue("settings", settings);
        command.Parameters.AddWithValue("at", now.ToUniversalTime());
        return command.ExecuteNonQuery() == 1;
    });

    public bool WasPlanned(string practiceId, DateOnly date, string settings) => _db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM cutover.morning_plans WHERE practice_id = @practice AND date = @date AND settings = @settings)", connection, transaction);
        command.Parameters.AddWithValue("practice", practiceId);
        command.Parameters.AddWithValue("date", date);
        command.Parameters.AddWithValue("settings", settings);
        return (bool)command.ExecuteScalar()!;
    });

    // Read, change and write one post under its row lock. mineOnly: a claim's outcome is recorded only by the instance
    // that holds the claim; another instance's (it took the post over) is left alone.
    private void Change(PostKey key, Func<PostRecord, bool> change, bool mineOnly = true) => Locked((connection, transaction) =>
    {
        var record = ReadForUpdate(connection, transaction, key)
            ?? throw new InvalidOperationException("No claim for this post: it must be claimed before it is sent.");
        if (mineOnly && record.ClaimedBy != _owner) return false;
        return change(record) && Update(connection, transaction, record);
    });

    private T Locked<T>(Func<NpgsqlConnection, NpgsqlTransaction, T> work) => _db.Use((connection, transaction) =>
    {
        if (transaction is not null) return work(connection, transaction);
        using var own = connection.BeginTransaction();
        var result = work(connection, own);
        own.Commit();
        return result;
    });

    private PostRecord? ReadForUpdate(NpgsqlConnection connection, NpgsqlTransaction transaction, PostKey key) =>
        Read(connection, transaction, "WHERE id = @key FOR UPDATE", key.Id).FirstOrDefault();

    private List<PostRecord> Read(NpgsqlConnection connection, NpgsqlTransaction? transaction, string where, string key, params (string Name, object Value)[] more)
    {
        using var command = new NpgsqlCommand("SELECT id, document FROM cutover.morning_posts " + where, connection, transaction);
        command.Parameters.AddWithValue("key", key);
        foreach (var (name, value) in more) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var records = new List<PostRecord>();
        while (reader.Read())
        {
            var record = _db.FromBytes<PostRecord>(reader.GetFieldValue<byte[]>(1));
            record.Id = reader.GetString(0);
            records.Add(record);
        }
        return records;
    }

    private bool Update(NpgsqlConnection connection, NpgsqlTransaction transaction, PostRecord record) =>
        Write(connection, transaction, record, """
            UPDATE cutover.morning_posts SET practice_id = @practice, kind = @kind, date = @date, status = @status,
                retry_at = @retry, superseded_at = @superseded, document = @document
            WHERE id = @id
            """) == 1;

    private int Write(NpgsqlConnection connection, NpgsqlTransaction transaction, PostRecord record, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("id", record.Id);
        command.Parameters.AddWithValue("practice", record.PracticeId);
        command.Parameters.AddWithValue("kind", record.Kind.ToString());
        command.Parameters.AddWithValue("date", record.Date);
        command.Parameters.AddWithValue("status", record.Status.ToString());
        command.Parameters.AddWithValue("retry", (object?)record.RetryAt?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue("superseded", (object?)record.SupersededAt?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue("document", _db.ToBytes(record));
        return command.ExecuteNonQuery();
    }
}
