using System.Runtime.CompilerServices;
using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Bot.Welcome;

/// <summary>
/// The greeting claims in the LiteDB file: a unique insert, so the claim holds across a restart. Direct mode keeps the
/// file to one process at a time, so a claim stamped by another opening of the database was left by a process that
/// stopped, and the next install event takes it over at once.
/// </summary>
internal sealed class WelcomeStore : IWelcomeStore
{
    // One stamp and one lock per opening of the database (the process), shared by every store over it.
    private static readonly ConditionalWeakTable<CutoverDatabase, Opening> Openings = new();
    private readonly ILiteCollection<WelcomeRecord> _welcomes;
    private readonly Opening _opening;

    public WelcomeStore(CutoverDatabase db)
    {
        _welcomes = db.Collection<WelcomeRecord>("welcomes");
        _opening = Openings.GetValue(db, _ => new Opening());
    }

    public WelcomeRecord? TryClaim(string key, DateTimeOffset now)
    {
        // Taking over or releasing a claim is read-then-update; the lock makes it one step within the process.
        lock (_opening.Lock)
        {
            var existing = _welcomes.FindById(key);
            if (existing is null)
            {
                var record = new WelcomeRecord { Id = key, ClaimedBy = _opening.Owner, ClaimedAt = now, Attempts = 1 };
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
            if (existing.CompletedAt is not null || existing.ClaimedBy == _opening.Owner) return null;
            existing.ClaimedBy = _opening.Owner;
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

    public void Release(string key) => Change(key, r => r.ClaimedBy = null);

    public void Forget(string key, DateTimeOffset seenNewAt)
    {
        lock (_opening.Lock)
        {
            if (_welcomes.FindById(key) is { } record && record.ClaimedAt <= seenNewAt) _welcomes.Delete(key);
        }
    }

    public WelcomeRecord? Find(string key) => _welcomes.FindById(key);

    private void Change(string key, Action<WelcomeRecord> change)
    {
        lock (_opening.Lock)
        {
            // Only the claimant changes a record: a release after another process's takeover would undo its claim.
            if (_welcomes.FindById(key) is not { } record || record.ClaimedBy != _opening.Owner) return;
            change(record);
            _welcomes.Update(record);
        }
    }

    private sealed class Opening
    {
        public string Owner { get; } = Guid.NewGuid().ToString("N");

        public Lock Lock { get; } = new();
    }
}
