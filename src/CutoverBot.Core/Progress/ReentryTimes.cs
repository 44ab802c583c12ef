using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Progress;

/// <summary>
/// When each of a practice's done entries was confirmed, for the burn-down. Outlines do not carry the time, and mapping
/// whole entries would open every sealed patient record: this reads two plain fields of the stored documents through
/// the practice-and-state index, so only the practice's re-entered and not-needed entries are touched.
/// </summary>
public sealed class ReentryTimes(CutoverDatabase db)
{
    private static readonly BsonExpression Fields = BsonExpression.Create("{ id: $._id, at: $." + nameof(Entry.ReenteredAt) + " }");

    public IReadOnlyDictionary<Guid, DateTimeOffset> DoneAt(string practiceId)
    {
        var keys = new[] { nameof(EntryStatus.Reentered), nameof(EntryStatus.NotNeeded) }
            .Select(s => new BsonValue(EntryLookupFields.StateKey(practiceId, s)));
        var found = new Dictionary<Guid, DateTimeOffset>();
        foreach (var doc in db.Database.GetCollection("entries").Query().Where(Query.In(EntryLookupFields.PracticeState, keys)).Select(Fields).ToEnumerable())
        {
            if (doc["id"].IsGuid && doc["at"].IsDateTime)
                found[doc["id"].AsGuid] = new DateTimeOffset(DateTime.SpecifyKind(doc["at"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
        }
        return found;
    }
}
