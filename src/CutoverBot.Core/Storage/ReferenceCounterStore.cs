using LiteDB;

namespace CutoverBot.Core.Storage;

/// <summary>Hands out short per-practice numbers (CALL-0007): sequential, never reused, safe under concurrent saves.</summary>
public sealed class ReferenceCounterStore(CutoverDatabase db)
{
    private readonly ILiteCollection<ReferenceCounter> _counters = db.Collection<ReferenceCounter>("reference_counters");

    /// <summary>Returns the next number for this practice and prefix, starting at 1.</summary>
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

    /// <summary>The reference text, e.g. CALL-0007 (more digits once a practice passes 9,999 of a kind).</summary>
    public string NextReference(string practiceId, string prefix) =>
        prefix + "-" + Next(practiceId, prefix).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
