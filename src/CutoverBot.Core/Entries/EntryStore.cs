using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Entries;

/// <summary>Cutover entries in the LiteDB file (see <see cref="IEntryStore"/>), with outlines cached per practice.</summary>
public sealed partial class EntryStore : IEntryStore
{
    /// <summary>The collection's name in the database: the one place it is spelled.</summary>
    public const string Collection = "entries";

    private static readonly string[] LiveStates = [nameof(EntryStatus.Pending), nameof(EntryStatus.Reentered), nameof(EntryStatus.NotNeeded)];

    private static readonly BsonExpression DoneFields = BsonExpression.Create("{ _id: $._id, " + nameof(Entry.ReenteredAt) + ": $." + nameof(Entry.ReenteredAt) + " }");

    private readonly ILiteCollection<Entry> _entries;
    private readonly ILiteCollection<BsonDocument> _stored;
    private readonly CutoverDatabase _db;

    public EntryStore(CutoverDatabase db)
    {
        _db = db;
        _entries = db.Collection<Entry>(Collection);
        _stored = db.Database.GetCollection(Collection);
        _entries.EnsureIndex(e => e.PracticeId);
        _entries.EnsureIndex(e => e.AuthorId);
        _entries.EnsureIndex(e => e.Reference);
        // Every index costs each save about 50 µs of LiteDB's time. Nothing queries by status or kind alone any more
        // (counts come from the practice-and-state key and the outlines), so databases made before lose those two.
        _entries.DropIndex(nameof(Entry.Status));
        _entries.DropIndex(nameof(Entry.Category));
        _entries.EnsureIndex(EntryDocumentCodec.IndexField, "$." + EntryDocumentCodec.IndexField);
    }

    /// <summary>Every live (not deleted) entry of a practice, oldest first.</summary>
    public IReadOnlyList<Entry> ForPractice(string practiceId) =>
        _entries.Find(e => e.PracticeId == practiceId && !e.Deleted).OrderBy(e => e.LoggedAt).ThenBy(e => e.Reference, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Every live entry of a practice without its patient details, oldest first: for counts and channel cards. Found
    /// through the practice-and-state index, so deleted entries and other practices' are never read.
    /// </summary>
    public IReadOnlyList<EntryOutline> OutlinesForPractice(string practiceId) =>
        _db.EntryOutlines.Get(practiceId, () =>
        {
            // A practice's thousands of entries come from a few dozen people: keep one copy of each id and name.
            var shared = new Dictionary<string, string>(StringComparer.Ordinal);
            string Shared(string text) => shared.TryAdd(text, text) ? text : shared[text];
            return _stored
                .Find(Query.In(EntryLookupFields.PracticeState, LiveStates.Select(s => new BsonValue(EntryLookupFields.StateKey(practiceId, s)))))
                .Select(_db.Outline)
                .Select(o => o with { AuthorId = Shared(o.AuthorId), AuthorName = Shared(o.AuthorName) })
                .ToList();
        });

    /// <summary>A practice's live entries in one status, without patient details, oldest first.</summary>
    public IReadOnlyList<EntryOutline> OutlinesForPractice(string practiceId, EntryStatus status) =>
        OutlinesForPractice(practiceId).InStatus(status);

    /// <summary>How many live entries of a practice are in a status.</summary>
    public int Count(string practiceId, EntryStatus status) => OutlinesForPractice(practiceId).CountIn(status);

    /// <summary>The kinds of a practice's live entries logged on a London day, one item per entry.</summary>
    public IReadOnlyList<EntryCategory> CategoriesLoggedOn(string practiceId, DateOnly londonDate) =>
        OutlinesForPractice(practiceId).CategoriesLoggedOn(londonDate);

    /// <inheritdoc />
    public IReadOnlyDictionary<Guid, DateTimeOffset> DoneAt(string practiceId)
    {
        // Outlines do not carry the time, and mapping whole entries would open every sealed patient record: two plain
        // fields of the stored documents, found through the practice-and-state index (only the done ones are read).
        var keys = new[] { nameof(EntryStatus.Reentered), nameof(EntryStatus.NotNeeded) }
            .Select(s => new BsonValue(EntryLookupFields.StateKey(practiceId, s)));
        var found = new Dictionary<Guid, DateTimeOffset>();
        foreach (var doc in _stored.Query().Where(Query.In(EntryLookupFields.PracticeState, keys)).Select(DoneFields).ToEnumerable())
        {
            if (doc["_id"].IsGuid && EntryDocumentCodec.ReenteredAt(doc) is { } at) found[doc["_id"].AsGuid] = at;
        }
        return found;
    }

    /// <summary>The live entries of a practice as keys only (no patient details loaded), for paging long lists.</summary>
    public IReadOnlyList<EntryKey> KeysForPractice(string practiceId) =>
        _entries.Query().Where(e => e.PracticeId == practiceId && !e.Deleted)
            .Select(e => new { e.Id, e.AuthorId, e.AuthorName, e.LoggedAt, e.Status }).ToList()
            .Select(k => new EntryKey(k.Id, k.AuthorId, k.AuthorName, k.LoggedAt, k.Status)).ToList();


    /// <summary>Saves a new entry. Call this before anything else that could fail, so nothing typed is lost.</summary>
    public void Insert(Entry entry) => _db.EntryOutlines.Write(entry, () =>
    {
        _entries.Insert(entry);
        return true;
    });

    /// <summary>
    /// Saves a new entry in one transaction with the writes that belong to it: <paramref name="before"/> (drawing its
    /// reference), the entry, then <paramref name="after"/> (its audit record). All are kept, or none.
    /// </summary>
    public void InsertWith(Entry entry, Action before, Action after) => _db.EntryOutlines.Write(entry, () =>
    {
        _db.InTransaction(() =>
        {
            before();
            _entries.Insert(entry);
            after();
        });
        return true;
    });

    public void Update(Entry entry) => _db.EntryOutlines.Write(entry, () => _entries.Update(entry));

    public Entry? Find(Guid id) => _entries.FindById(id);

    /// <summary>A live entry of one practice by its reference, ignoring case (people type cal-0007).</summary>
    public Entry? FindByReference(string practiceId, string reference)
    {
        var wanted = reference.Trim().ToUpperInvariant();
        if (wanted.Length == 0 || practiceId.Length == 0) return null;
        return _entries.FindOne(e => e.PracticeId == practiceId && e.Reference == wanted && !e.Deleted);
    }

    /// <summary>
    /// A practice's live entries for one patient, oldest first, found through the blind index of the NHS number (an
    /// HMAC stored beside the sealed details): no other entry is opened. Empty when the number is not ten digits.
    /// </summary>
    public IReadOnlyList<Entry> FindByNhsNumber(string practiceId, string nhsNumber)
    {
        if (NhsNumber.Normalise(nhsNumber) is not { } digits || practiceId.Length == 0) return [];
        return _db.NhsNumberIndexValues(practiceId, digits)
            .SelectMany(value => _entries.Find(Query.EQ(EntryDocumentCodec.IndexField, value)))
            .Where(e => e.PracticeId == practiceId && !e.Deleted && e.Patient.NhsNumber == digits)
            .OrderBy(e => e.LoggedAt).ThenBy(e => e.Reference, StringComparer.Ordinal).ToList();
    }

    /// <summary>A user's live entries in one practice, newest first.</summary>
    public IReadOnlyList<Entry> ByAuthor(string practiceId, string authorId, int skip, int take) =>
        _entries.Query()
            .Where(e => e.AuthorId == authorId && e.PracticeId == practiceId && !e.Deleted)
            .OrderByDescending(e => e.LoggedAt)
            .Skip(skip).Limit(take).ToList();

    public int CountByAuthor(string practiceId, string authorId) =>
        _entries.Count(e => e.AuthorId == authorId && e.PracticeId == practiceId && !e.Deleted);

    /// <summary>The user's most recent live entry in any practice, or held.</summary>
    public Entry? LastByAuthor(string authorId)
    {
        // Ordered on the stored documents and only the newest opened: mapping every entry of a busy receptionist
        // would decrypt hundreds of patient details to answer one undo.
        var newest = _stored.Query().Where(Query.And(Query.EQ(nameof(Entry.AuthorId), authorId), Query.EQ(nameof(Entry.Deleted), false)))
            .OrderByDescending(nameof(Entry.LoggedAt)).Select(BsonExpression.Create("{ id: $._id }")).Limit(1).ToList();
        return newest.Count == 0 ? null : Find(newest[0]["id"].AsGuid);
    }

    /// <summary>Entries saved before the bot knew the user's practice, oldest first; once their details are purged there is nothing left to file.</summary>
    public IReadOnlyList<Entry> HeldFor(string authorId) =>
        // Asked on every message: found through the held entries' practice-and-state keys (few, and usually none),
        // where the AuthorId index would read and open every entry the author ever logged.
        _stored.Find(Query.In(EntryLookupFields.PracticeState, LiveStates.Select(s => new BsonValue(EntryLookupFields.StateKey("", s)))))
            .Where(d => d["AuthorId"] == authorId && d[nameof(Entry.PatientPurgedAt)].IsNull)
            .Select(d => _db.Mapper.ToObject<Entry>(d))
            .OrderBy(e => e.LoggedAt).ToList();

    /// <summary>Every held entry (no practice yet) that still holds patient details, deleted ones included, oldest first, for the retention purge.</summary>
    public IReadOnlyList<Entry> HeldNotPurged() => NotPurged("");

    /// <summary>Every entry of a practice that still holds patient details, deleted ones included, oldest first, for the retention purge.</summary>
    public IReadOnlyList<Entry> NotPurged(string practiceId) =>
        // Ordered here: LiteDB returns entries sharing an index key in no promised order, and the purge lists them.
        _entries.Find(e => e.PracticeId == practiceId && e.PatientPurgedAt == null)
            .OrderBy(e => e.LoggedAt).ThenBy(e => e.Reference, StringComparer.Ordinal).ToList();

    /// <summary>Live entries filed in a practice but without a reference (a process stopped between the two writes).</summary>
    public IReadOnlyList<Entry> Unnumbered() =>
        _entries.Find(e => e.Reference == "" && e.PracticeId != "" && !e.Deleted).OrderBy(e => e.LoggedAt).ToList();

    /// <summary>Marks the entry deleted; it stays in the database for the audit trail.</summary>
    public void SoftDelete(Entry entry)
    {
        entry.Deleted = true;
        Update(entry);
    }
}
