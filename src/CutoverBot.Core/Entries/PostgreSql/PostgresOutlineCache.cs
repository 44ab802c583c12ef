using CutoverBot.Core.Storage.PostgreSql;
using LiteDB;

namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>
/// The outlines of the practices summarised lately, checked against the server on every read: one statement reads
/// the practice's entry version and the rows stamped after the copy held here (none, when nothing changed), so a
/// write by any instance is seen on the next read, and a tick or summary no longer decodes every entry of the
/// practice. Held entries (no practice yet) are not kept: an entry filed into its practice leaves that list, and
/// the version of the list it joins is the only one stamped.
/// </summary>
internal sealed class PostgresOutlineCache(PostgresDatabase db, EntryDocumentCodec codec)
{
    /// <summary>Practices kept at once; past it the cache starts again (a practice not kept costs one full read).</summary>
    public const int MaxPractices = 64;

    // One snapshot: the version and the rows stamped after @b are read together, so none committed between is missed.
    private const string Changed =
        "SELECT v.version, e.document FROM (SELECT coalesce(max(version), 0) AS version FROM cutover.entry_versions WHERE practice_id = @a) v " +
        "LEFT JOIN cutover.entries e ON e.practice_id = @a AND e.version > @b";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, PracticeOutlines> _byPractice = new(StringComparer.Ordinal);

    public PracticeOutlines Get(string practiceId)
    {
        if (practiceId.Length == 0) return Apply(null, Read(practiceId, -1));
        PracticeOutlines? known;
        lock (_lock) _byPractice.TryGetValue(practiceId, out known);
        var fresh = Apply(known, Read(practiceId, known?.Version ?? -1));
        // Inside an open transaction the read includes its own writes, which may yet be rolled back: not kept.
        if (ReferenceEquals(fresh, known) || db.InTransactionHere) return fresh;
        lock (_lock)
        {
            // Two readers may refresh at once: keep the newer.
            if (_byPractice.TryGetValue(practiceId, out var now) && now.Version >= fresh.Version) return fresh;
            if (_byPractice.Count >= MaxPractices) _byPractice.Clear();
            _byPractice[practiceId] = fresh;
        }
        return fresh;
    }

    private (long Version, List<BsonDocument> Rows) Read(string practiceId, long after) => db.Use((connection, transaction) =>
    {
        using var command = PostgresRows.Command(connection, transaction, Changed, practiceId, after);
        using var reader = command.ExecuteReader();
        long version = 0;
        var rows = new List<BsonDocument>();
        while (reader.Read())
        {
            version = reader.GetInt64(0);
            if (!reader.IsDBNull(1)) rows.Add(BsonSerializer.Deserialize(reader.GetFieldValue<byte[]>(1)));
        }
        return (version, rows);
    });

    private PracticeOutlines Apply(PracticeOutlines? known, (long Version, List<BsonDocument> Rows) read)
    {
        if (known is not null && read.Version == known.Version && read.Rows.Count == 0) return known;
        var changed = new HashSet<Guid>(read.Rows.Select(d => d["_id"].AsGuid));
        var oldest = new List<EntryOutline>(known?.Oldest.Length + read.Rows.Count ?? read.Rows.Count);
        if (known is not null) oldest.AddRange(known.Oldest.Where(o => !changed.Contains(o.Id)));
        var doneAt = known is null ? new Dictionary<Guid, DateTimeOffset>() : known.DoneAt.Where(d => !changed.Contains(d.Key)).ToDictionary();
        var added = new List<EntryOutline>();
        foreach (var row in read.Rows)
        {
            if (row.TryGetValue(nameof(Entry.Deleted), out var deleted) && deleted.IsBoolean && deleted.AsBoolean) continue;
            var outline = codec.Outline(row);
            added.Add(outline);
            if (outline.Status is EntryStatus.Reentered or EntryStatus.NotNeeded && EntryDocumentCodec.ReenteredAt(row) is { } at) doneAt[outline.Id] = at;
        }
        Merge(oldest, added);
        return new PracticeOutlines(read.Version, [.. oldest], doneAt);
    }

    // A few changed rows go in where they belong; a whole practice's, read at once, is sorted once.
    private static void Merge(List<EntryOutline> oldest, List<EntryOutline> added)
    {
        if (added.Count > 16)
        {
            oldest.AddRange(added);
            oldest.Sort(EntryOutlineOrder.Oldest);
            return;
        }
        foreach (var outline in added)
        {
            var at = oldest.BinarySearch(outline, EntryOutlineOrder.Oldest);
            oldest.Insert(at < 0 ? ~at : at, outline);
        }
    }
}
