using LiteDB;

namespace CutoverBot.Core.Storage;

/// <summary>The reference counters in the LiteDB file; a lock of the process keeps each read-then-write whole.</summary>
public sealed class ReferenceCounterStore(CutoverDatabase db) : IReferenceCounterStore
{
    private readonly ILiteCollection<ReferenceCounter> _counters = db.Collection<ReferenceCounter>("reference_counters");

    /// <inheritdoc />
    public int Next(string practiceId, string prefix)
    {
        var key = practiceId + "|" + prefix;
        lock (db.CounterLock)
        {
            var counter = _counters.FindById(key) ?? new ReferenceCounter { Id = key };
            counter.Value++;
            _counters.Upsert(counter);
            return counter.Value;
        }
    }

    /// <inheritdoc />
    public string NextReference(string practiceId, string prefix) => IReferenceCounterStore.Format(prefix, Next(practiceId, prefix));
}
