using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Scheduling;

/// <summary>
/// Records each morning post so that it is sent at most once per <see cref="PostKey"/> (practice, kind, London date,
/// and recipient for nudges), across restarts and racing sends: a post is claimed (inserted under its deterministic
/// key) before it is sent. The LiteDB file belongs to one process, so the fan-out turn is always that process's and
/// the claims take no notice of it.
/// </summary>
public sealed class PostLogStore : IPostLogStore
{
    private readonly ILiteCollection<PostRecord> _posts;
    private readonly ILiteCollection<PlannedDay> _planned;
    // Reclaiming a failed post is read-then-update; the database's lock makes it one step within the process (direct
    // mode keeps the file to this process), whichever store over it claims.
    private readonly Lock _claimLock;
    // Stamped on every claim this store makes: a Claimed record with another stamp was left by a process that stopped
    // (the host has one store; a test's second store stands for another instance).
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public PostLogStore(CutoverDatabase db)
    {
        _claimLock = db.PostLogLock;
        _posts = db.Collection<PostRecord>("morning_posts");
        _posts.EnsureIndex(p => p.PracticeId);
        _posts.EnsureIndex(p => p.Date);
        _planned = db.Collection<PlannedDay>("morning_plans");
    }

    /// <summary>
    /// Claims the post for sending. True only for the one caller that may send it now: the first claim of the day, or a
    /// reclaim of a failed post whose retry time has come.
    /// </summary>
    public bool TryClaim(PostKey key, DateTimeOffset now, FanOutTurn turn) => TryClaim(key, now);

    /// <inheritdoc cref="TryClaim(PostKey, DateTimeOffset, FanOutTurn)"/>
    public bool TryClaim(PostKey key, DateTimeOffset now)
    {
        lock (_claimLock)
        {
            var existing = _posts.FindById(key.Id);
            if (existing is null)
            {
                try
                {
                    _posts.Insert(new PostRecord
                    {
                        Id = key.Id, PracticeId = key.PracticeId, Kind = key.Kind, Date = key.Date, RecipientUserId = key.KeyedRecipient,
                        Status = PostStatus.Claimed, Attempts = 1, ClaimedAt = now, ClaimedBy = _owner,
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
            existing.ClaimedBy = _owner;
            existing.RetryAt = null;
            return _posts.Update(existing);
        }
    }

    /// <summary>
    /// Claims again a post whose claim was left by a process that stopped before handing it to the Bot Connector (killed,
    /// or stopped while the post waited its turn), so it is not lost. False for a claim of this store's own (a send still
    /// in progress here) and for a post that was with the connector (<see cref="PostStatus.Sending"/>).
    /// </summary>
    public bool TryReclaimInterrupted(PostKey key, DateTimeOffset now, FanOutTurn turn) => TryReclaimInterrupted(key, now);

    /// <inheritdoc cref="TryReclaimInterrupted(PostKey, DateTimeOffset, FanOutTurn)"/>
    public bool TryReclaimInterrupted(PostKey key, DateTimeOffset now)
    {
        lock (_claimLock)
        {
            if (_posts.FindById(key.Id) is not { Status: PostStatus.Claimed } existing || existing.ClaimedBy == _owner) return false;
            existing.Attempts++;
            existing.ClaimedAt = now;
            existing.ClaimedBy = _owner;
            return _posts.Update(existing);
        }
    }

    /// <summary>
    /// Records that the post's request is with the Bot Connector (<paramref name="onWire"/> true) or came back failed,
    /// so what a stopped process leaves behind tells a post that never left from one that may have reached Teams.
    /// </summary>
    public void MarkOnWire(PostKey key, bool onWire) =>
        Change(key, r =>
        {
            if (r.Status is PostStatus.Claimed or PostStatus.Sending) r.Status = onWire ? PostStatus.Sending : PostStatus.Claimed;
        });

    public PostRecord? Find(PostKey key) => _posts.FindById(key.Id);

    /// <summary>A channel or manager post (kinds with one post a practice a day).</summary>
    public PostRecord? Find(string practiceId, MorningPostKind kind, DateOnly date) => Find(new PostKey(practiceId, kind, date));

    public void MarkSent(PostKey key, string activityId, string conversationId, DateTimeOffset now) =>
        Change(key, r =>
        {
            r.Status = PostStatus.Sent;
            r.ActivityId = activityId;
            r.ConversationId = conversationId;
            r.SentAt = now;
            r.RetryAt = null;
        });

    /// <summary>Releases the claim so the post can be sent again from <paramref name="retryAt"/>.</summary>
    public void MarkFailed(PostKey key, DateTimeOffset retryAt) =>
        Change(key, r =>
        {
            r.Status = PostStatus.Failed;
            r.RetryAt = retryAt;
        });

    public void MarkGaveUp(PostKey key) =>
        Change(key, r =>
        {
            r.Status = PostStatus.GaveUp;
            r.RetryAt = null;
        });

    public void MarkSuperseded(PostKey key, DateTimeOffset now) => Change(key, r => r.SupersededAt = now);

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

    /// <summary>True when a failed post of the practice's day may be tried again now.</summary>
    public bool HasRetryDue(string practiceId, DateOnly date, DateTimeOffset now) =>
        _posts.Find(r => r.PracticeId == practiceId && r.Date == date)
            .Any(r => r.Status == PostStatus.Failed && r.RetryAt is { } at && at <= now);

    public IReadOnlyList<PostRecord> ForPractice(string practiceId) => _posts.Find(r => r.PracticeId == practiceId).ToList();

    public bool MarkPlanned(string practiceId, DateOnly date, string settings, DateTimeOffset now, FanOutTurn turn)
    {
        MarkPlanned(practiceId, date, settings, now);
        return true;
    }

    /// <summary>Records that every post planned for the practice's day was handled, from these practice settings.</summary>
    public void MarkPlanned(string practiceId, DateOnly date, string settings, DateTimeOffset now) =>
        _planned.Upsert(new PlannedDay { Id = PlannedId(practiceId, date), PracticeId = practiceId, Date = date, Settings = settings, PlannedAt = now });

    /// <summary>True when a pass already handled the practice's day with the same settings.</summary>
    public bool WasPlanned(string practiceId, DateOnly date, string settings) =>
        _planned.FindById(PlannedId(practiceId, date)) is { } day && day.Settings == settings;

    private static string PlannedId(string practiceId, DateOnly date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{practiceId}|{date:yyyy-MM-dd}");

    private void Change(PostKey key, Action<PostRecord> change)
    {
        lock (_claimLock)
        {
            var record = _posts.FindById(key.Id)
                ?? throw new InvalidOperationException("No claim for this post: it must be claimed before it is sent.");
            change(record);
            _posts.Update(record);
        }
    }
}
