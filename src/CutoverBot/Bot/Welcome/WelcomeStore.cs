using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Bot.Welcome;

/// <summary>
/// Makes sure each greeting goes out once. Teams announces one install twice (installationUpdate and conversationUpdate,
/// concurrently, in either order, sometimes again later), so whoever greets first claims the greeting here: a unique
/// insert, written to the database before anything is posted, so the claim holds across a restart. Each part is marked
/// as it is handed to Teams, and the greeting is marked complete at the end. A claim left by a process that stopped
/// before completing (another opening of the database: direct mode keeps the file to one process at a time) is taken
/// over by the next install event, which sends only the parts not yet marked. A practice would rather get its welcome
/// twice than not at all, so the one gap is a process killed between Teams taking a part and the mark being written.
/// </summary>
internal sealed class WelcomeStore
{
    private readonly ILiteCollection<WelcomeRecord> _welcomes;
    // Taking over or releasing a claim is read-then-update; the lock makes it one step within the process.
    private readonly Lock _claimLock = new();
    // Stamped on every claim this store makes: a claim with another stamp was left by a process that stopped.
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public WelcomeStore(CutoverDatabase db)
    {
        _welcomes = db.Collection<WelcomeRecord>("welcomes");
    }

    public static string TeamKey(string teamId) => "team:" + teamId;

    public static string PersonalKey(string userId) => "personal:" + userId;

    /// <summary>
    /// Claims the greeting for this caller. Null when it is complete, or being sent right now by another turn of this
    /// process. Otherwise the record as claimed: the parts already sent by an earlier claimant are marked in it.
    /// </summary>
    public WelcomeRecord? TryClaim(string key, DateTimeOffset now)
    {
        lock (_claimLock)
        {
            var existing = _welcomes.FindById(key);
            if (existing is null)
            {
                var record = new WelcomeRecord { Id = key, ClaimedBy = _owner, ClaimedAt = now, Attempts = 1 };
                try
                {
                    _welcomes.Insert(record);
                    return record;
                }
                catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
                {
                    return null;
                }
            }
            if (existing.CompletedAt is not null || existing.ClaimedBy == _owner) return null;
            existing.ClaimedBy = _owner;
            existing.ClaimedAt = now;
            existing.Attempts++;
            return _welcomes.Update(existing) ? existing : null;
        }
    }

    public void MarkTextSent(string key, DateTimeOffset now) => Change(key, r => r.TextSentAt = now);

    public void MarkCardSent(string key, DateTimeOffset now) => Change(key, r => r.CardSentAt = now);

    public void Complete(string key, DateTimeOffset now) => Change(key, r =>
    {
        r.CompletedAt = now;
        r.ClaimedBy = null;
    });

    /// <summary>Lets go of a claim whose send failed, so the next install event can try again.</summary>
    public void Release(string key) => Change(key, r => r.ClaimedBy = null);

    /// <summary>
    /// Forgets a greeting when the bot is added again after it was removed, so the new install is greeted (once).
    /// </summary>
    public void Forget(string key)
    {
        lock (_claimLock) _welcomes.Delete(key);
    }

    public WelcomeRecord? Find(string key) => _welcomes.FindById(key);

    private void Change(string key, Action<WelcomeRecord> change)
    {
        lock (_claimLock)
        {
            // Only the claimant changes a record: a release after another process's takeover would undo its claim.
            if (_welcomes.FindById(key) is not { } record || record.ClaimedBy != _owner) return;
            change(record);
            _welcomes.Update(record);
        }
    }
}
