using CutoverBot.Core.Checklist;
using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Scheduling;

/// <summary>
/// Records each morning post so that it is sent at most once per practice, kind and London date, across restarts and
/// racing sends: a post is claimed (inserted under its deterministic key) before it is sent.
/// </summary>
public sealed class PostLogStore
{
    private readonly ILiteCollection<PostRecord> _posts;
    // Reclaiming a failed post is read-then-update; the lock makes it one step within the process (direct mode keeps
    // the database file to this process).
    private readonly Lock _claimLock = new();

    public PostLogStore(CutoverDatabase db)
    {
        _posts = db.Collection<PostRecord>("morning_posts");
        _posts.EnsureIndex(p => p.PracticeId);
        _posts.EnsureIndex(p => p.Date);
    }

    /// <summary>
    /// Claims the post for sending. True only for the one caller that may send it now: the first claim of the day, or a
    /// reclaim of a failed post whose retry time has come.
    /// </summary>
    public bool TryClaim(string practiceId, MorningPostKind kind, DateOnly date, DateTimeOffset now)
    {
        var id = PostRecord.KeyFor(practiceId, kind, date);
        lock (_claimLock)
        {
            var existing = _posts.FindById(id);
            if (existing is null)
            {
                try
                {
                    _posts.Insert(new PostRecord
                    {
                        Id = id, PracticeId = practiceId, Kind = kind, Date = date,
                        Status = PostStatus.Claimed, Attempts = 1, ClaimedAt = now,
                    });
                    return true;
                }
                catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
                {
                    return false;
                }
            }
            if (existing.Status != PostStatus.Failed || existing.RetryAt is not { } retryAt || retryAt > now) return false;
            existing.Status = PostStatus.Claimed;
            existing.Attempts++;
            existing.ClaimedAt = now;
            existing.RetryAt = null;
            return _posts.Update(existing);
        }
    }

    public PostRecord? Find(string practiceId, MorningPostKind kind, DateOnly date) =>
        _posts.FindById(PostRecord.KeyFor(practiceId, kind, date));

    public void MarkSent(string practiceId, MorningPostKind kind, DateOnly date, string activityId, string conversationId, DateTimeOffset now) =>
        Change(practiceId, kind, date, r =>
        {
            r.Status = PostStatus.Sent;
            r.ActivityId = activityId;
            r.ConversationId = conversationId;
            r.SentAt = now;
            r.RetryAt = null;
        });

    /// <summary>Releases the claim so the post can be sent again from <paramref name="retryAt"/>.</summary>
    public void MarkFailed(string practiceId, MorningPostKind kind, DateOnly date, DateTimeOffset retryAt) =>
        Change(practiceId, kind, date, r =>
        {
            r.Status = PostStatus.Failed;
            r.RetryAt = retryAt;
        });

    public void MarkGaveUp(string practiceId, MorningPostKind kind, DateOnly date) =>
        Change(practiceId, kind, date, r =>
        {
            r.Status = PostStatus.GaveUp;
            r.RetryAt = null;
        });

    public void MarkSuperseded(string practiceId, MorningPostKind kind, DateOnly date, DateTimeOffset now) =>
        Change(practiceId, kind, date, r => r.SupersededAt = now);

    /// <summary>Sent posts of this kind before <paramref name="date"/> that still show as current, newest first.</summary>
    public IReadOnlyList<PostRecord> SentAndNotSupersededBefore(string practiceId, MorningPostKind kind, DateOnly date) =>
        _posts.Find(r => r.PracticeId == practiceId)
            .Where(r => r.Kind == kind && r.Date < date && r.Status == PostStatus.Sent && r.SupersededAt == null)
            .OrderByDescending(r => r.Date)
            .ToList();

    /// <summary>The earliest time a failed post of <paramref name="date"/> may be retried, so the scheduler can wake for it.</summary>
    public DateTimeOffset? EarliestRetry(DateOnly date) =>
        _posts.Find(r => r.Date == date)
            .Where(r => r.Status == PostStatus.Failed && r.RetryAt != null)
            .Select(r => r.RetryAt)
            .Min();

    public IReadOnlyList<PostRecord> ForPractice(string practiceId) => _posts.Find(r => r.PracticeId == practiceId).ToList();

    private void Change(string practiceId, MorningPostKind kind, DateOnly date, Action<PostRecord> change)
    {
        lock (_claimLock)
        {
            var record = _posts.FindById(PostRecord.KeyFor(practiceId, kind, date))
                ?? throw new InvalidOperationException("No claim for this post: it must be claimed before it is sent.");
            change(record);
            _posts.Update(record);
        }
    }
}
