
namespace CutoverBot.Core.Entries;

/// <summary>
/// The live outlines of the practices summarised lately, kept in step with every entry write of this process.
/// LiteDB reads a document at about 10-20 µs, so a practice of 5,000 entries cost 100 ms per go-live card, and that
/// card is redrawn after every re-entry click. Writes run under the cache's lock and patch the cached lists; a load
/// that raced a write is not kept. One per database (<see cref="Storage.CutoverDatabase"/>): every
/// <see cref="EntryStore"/> over it shares it, and only EntryStore writes entries.
/// </summary>
internal sealed class EntryOutlineCache
{
    /// <summary>Practices kept at once; past it the cache starts again (a summary of a practice not kept is one read).</summary>
    public const int MaxPractices = 64;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, EntryOutline[]> _byPractice = new(StringComparer.Ordinal);
    private long _version;

    public IReadOnlyList<EntryOutline> Get(string practiceId, Func<List<EntryOutline>> load)
    {
        long seen;
        lock (_lock)
        {
            if (_byPractice.TryGetValue(practiceId, out var cached)) return cached;
            seen = _version;
        }
        var loaded = load();
        loaded.Sort(EntryOutlineOrder.Oldest);
        var outlines = loaded.ToArray();
        lock (_lock)
        {
            if (_version != seen) return outlines;
            if (_byPractice.Count >= MaxPractices) _byPractice.Clear();
            _byPractice[practiceId] = outlines;
        }
        return outlines;
    }

    /// <summary>Runs a write of <paramref name="entry"/> (false: there was no such entry) and brings the cached lists to what it wrote.</summary>
    public void Write(Entry entry, Func<bool> write)
    {
        lock (_lock)
        {
            _version++;
            bool stored;
            try
            {
                stored = write();
            }
            catch
            {
                // What was stored is unknown: read it again next time.
                _byPractice.Clear();
                throw;
            }
            foreach (var practiceId in _byPractice.Keys.ToList())
            {
                var list = _byPractice[practiceId];
                var at = Array.FindIndex(list, o => o.Id == entry.Id);
                if (at >= 0) _byPractice[practiceId] = list = [.. list[..at], .. list[(at + 1)..]];
                if (!stored || practiceId != entry.PracticeId || entry.Deleted) continue;
                var outline = EntryOutline.Of(entry);
                var insertAt = list.Length;
                while (insertAt > 0 && EntryOutlineOrder.Oldest.Compare(list[insertAt - 1], outline) > 0) insertAt--;
                _byPractice[practiceId] = [.. list[..insertAt], outline, .. list[insertAt..]];
            }
        }
    }
}
