namespace CutoverBot.Core.Entries;

/// <summary>
/// The LiteDB entry store's writes that hold only while the stored entry is still as the caller found it (pending, not
/// numbered, not purged). LiteDB has no conditional update, so each is a read and a write under a lock of the
/// process: one process holds a LiteDB file, so such a lock is one for every store over it. Each is taken before
/// the outline cache's lock and the counters' (the order a save takes them in), never after.
/// </summary>
public sealed partial class EntryStore
{
    private static readonly Lock PurgeLock = new();
    private static readonly Lock NumberingLock = new();
    private static readonly Lock StatusLock = new();

    /// <inheritdoc />
    public bool UpdateIfStatus(Entry entry, EntryStatus expected)
    {
        // Two confirmations cannot both find it pending.
        lock (StatusLock)
        {
            if (_stored.FindById(entry.Id) is not { } stored || stored[nameof(Entry.Status)].AsString != expected.ToString()
                || stored[nameof(Entry.Deleted)].AsBoolean) return false;
            Update(entry);
            return true;
        }
    }

    /// <inheritdoc />
    public bool Number(Entry entry, Action numbered)
    {
        // The draw, the audit record and the entry in one transaction, as a save keeps them.
        lock (NumberingLock)
        {
            if (_stored.FindById(entry.Id) is not { } stored || stored[nameof(Entry.Reference)].AsString is not (null or "")) return false;
            _db.EntryOutlines.Write(entry, () =>
            {
                _db.InTransaction(() =>
                {
                    numbered();
                    _entries.Update(entry);
                });
                return true;
            });
            return true;
        }
    }

    /// <inheritdoc />
    public bool Purge(Entry entry, DateTimeOffset at)
    {
        // A lock of its own: the counters' is taken after the cache's by a save, so sharing it here could deadlock.
        lock (PurgeLock)
        {
            if (_stored.FindById(entry.Id) is not { } stored || !stored[nameof(Entry.PatientPurgedAt)].IsNull) return false;
            Clear(entry, at);
            Update(entry);
            return true;
        }
    }

    /// <summary>What a purge leaves of an entry's patient data: nothing.</summary>
    internal static void Clear(Entry entry, DateTimeOffset at)
    {
        entry.Patient = new PatientDetails();
        entry.Ubrn = null;
        entry.PatientPurgedAt = at;
    }
}
