using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage.PostgreSql;
using LiteDB;
using Npgsql;

namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>
/// Entries on the shared server. Each row holds the entry's BSON document exactly as <see cref="EntryDocumentCodec"/>
/// writes it for LiteDB (patient details and UBRN sealed inside it, so the server never sees them in plain), and
/// beside it the columns the queries filter by, the NHS number's blind index among them. Outlines, counts and
/// confirmation times come from <see cref="PostgresOutlineCache"/>, which asks the server what changed on every read,
/// since another instance may have written.
/// </summary>
public sealed class PostgresEntryStore : IEntryStore
{
    private const string Columns = "document";
    private const string Oldest = " ORDER BY logged_at, reference COLLATE \"C\"";
    private readonly PostgresDatabase _db;
    private readonly EntryDocumentCodec _codec;
    private readonly PostgresOutlineCache _outlines;

    public PostgresEntryStore(PostgresDatabase db)
    {
        _db = db;
        // As CutoverDatabase does: LiteDB builds a type's member map on first use without guarding readers from it.
        db.Mapper.ToObject<Entry>(db.Mapper.ToDocument(new Entry()));
        _codec = new EntryDocumentCodec(db.Keys, db.Mapper);
        _outlines = new PostgresOutlineCache(db, _codec);
    }

    public IReadOnlyList<Entry> ForPractice(string practiceId) =>
        Entries("WHERE practice_id = @a AND NOT deleted" + Oldest, practiceId);

    public IReadOnlyList<EntryOutline> OutlinesForPractice(string practiceId) => _outlines.Get(practiceId).Oldest;

    public IReadOnlyList<EntryOutline> OutlinesForPractice(string practiceId, EntryStatus status) =>
        OutlinesForPractice(practiceId).InStatus(status);

    public int Count(string practiceId, EntryStatus status) => OutlinesForPractice(practiceId).CountIn(status);

    public IReadOnlyList<EntryCategory> CategoriesLoggedOn(string practiceId, DateOnly londonDate) =>
        OutlinesForPractice(practiceId).CategoriesLoggedOn(londonDate);

    public IReadOnlyDictionary<Guid, DateTimeOffset> DoneAt(string practiceId) => _outlines.Get(practiceId).DoneAt;

    public IReadOnlyList<EntryKey> KeysForPractice(string practiceId) =>
        OutlinesForPractice(practiceId).Select(o => new EntryKey(o.Id, o.AuthorId, o.AuthorName, o.LoggedAt, o.Status)).ToList();

    public void Insert(Entry entry) => _db.Use((connection, transaction) => Write(connection, transaction, entry, insert: true));

    public void InsertWith(Entry entry, Action before, Action after) => _db.InTransaction(() =>
    {
        before();
        Insert(entry);
        after();
    });

    public void Update(Entry entry) => _db.Use((connection, transaction) => Write(connection, transaction, entry, insert: false));

    public Entry? Find(Guid id) => Entries("WHERE id = @a", id).SingleOrDefault();

    public Entry? FindByReference(string practiceId, string reference)
    {
        var wanted = reference.Trim().ToUpperInvariant();
        if (wanted.Length == 0 || practiceId.Length == 0) return null;
        return Entries("WHERE practice_id = @a AND reference = @b AND NOT deleted" + Oldest + " LIMIT 1", practiceId, wanted).SingleOrDefault();
    }

    public IReadOnlyList<Entry> FindByNhsNumber(string practiceId, string nhsNumber)
    {
        if (NhsNumber.Normalise(nhsNumber) is not { } digits || practiceId.Length == 0) return [];
        var values = _codec.IndexValues(practiceId, digits).ToArray();
        return Entries("WHERE nhs_index = ANY(@a) AND practice_id = @b AND NOT deleted" + Oldest, values, practiceId)
            .Where(e => e.Patient.NhsNumber == digits).ToList();
    }

    public IReadOnlyList<Entry> ByAuthor(string practiceId, string authorId, int skip, int take) =>
        Entries("WHERE author_id = @a AND practice_id = @b AND NOT deleted ORDER BY logged_at DESC, id OFFSET @c LIMIT @d", authorId, practiceId, skip, take);

    public int CountByAuthor(string practiceId, string authorId) => _db.Use((connection, transaction) =>
    {
        using var command = Command(connection, transaction, "SELECT count(*) FROM cutover.entries WHERE author_id = @a AND practice_id = @b AND NOT deleted", authorId, practiceId);
        return (int)(long)command.ExecuteScalar()!;
    });

    public Entry? LastByAuthor(string authorId) =>
        Entries("WHERE author_id = @a AND NOT deleted ORDER BY logged_at DESC, id LIMIT 1", authorId).SingleOrDefault();

    public IReadOnlyList<Entry> HeldFor(string authorId) =>
        Entries("WHERE practice_id = '' AND author_id = @a AND NOT deleted AND NOT purged" + Oldest, authorId);

    public IReadOnlyList<Entry> HeldNotPurged() => NotPurged("");

    public IReadOnlyList<Entry> NotPurged(string practiceId) => Entries("WHERE practice_id = @a AND NOT purged" + Oldest, practiceId);

    public IReadOnlyList<Entry> Unnumbered() => Entries("WHERE reference = '' AND practice_id <> '' AND NOT deleted" + Oldest);

    public void SoftDelete(Entry entry)
    {
        entry.Deleted = true;
        Update(entry);
    }

    // One conditional update: of two confirmations at once the second finds the status changed. (An enum's name: safe in the text.)
    public bool UpdateIfStatus(Entry entry, EntryStatus expected) =>
        _db.Use((connection, transaction) => Write(connection, transaction, entry, insert: false, $" AND status = '{expected}' AND NOT deleted"));

    public bool Number(Entry entry, Action numbered)
    {
        var done = false;
        _db.InTransaction(() =>
        {
            // The row lock makes a second instance numbering this entry wait, then read the reference the first gave it.
            var stored = _db.Use((connection, transaction) =>
            {
                using var command = Command(connection, transaction, "SELECT reference FROM cutover.entries WHERE id = @a FOR UPDATE", entry.Id);
                return command.ExecuteScalar() as string;
            });
            if (stored is not "") return;
            numbered();
            Update(entry);
            done = true;
        });
        return done;
    }

    // One conditional update: of two instances purging at once, the second finds the row purged and changes nothing.
    public bool Purge(Entry entry, DateTimeOffset at)
    {
        EntryStore.Clear(entry, at);
        return _db.Use((connection, transaction) => Write(connection, transaction, entry, insert: false, " AND NOT purged"));
    }

    private bool Write(NpgsqlConnection connection, NpgsqlTransaction? transaction, Entry entry, bool insert, string condition = "")
    {
        var document = _codec.Serialize(entry).AsDocument;
        // Milliseconds, as LiteDB keeps them: both engines then order entries of one instant alike.
        var sql = insert
            ? "INSERT INTO cutover.entries (id, practice_id, reference, author_id, logged_at, status, deleted, purged, nhs_index, document) VALUES (@a, @b, @c, @d, date_trunc('milliseconds', @e), @f, @g, @h, @i, @j)"
            : "UPDATE cutover.entries SET practice_id = @b, reference = @c, author_id = @d, logged_at = date_trunc('milliseconds', @e), status = @f, deleted = @g, purged = @h, nhs_index = @i, document = @j WHERE id = @a" + condition;
        using var command = Command(connection, transaction, sql, entry.Id, entry.PracticeId, entry.Reference, entry.AuthorId, entry.LoggedAt.UtcDateTime,
            entry.Status.ToString(), entry.Deleted, entry.PatientPurgedAt is not null,
            document[EntryDocumentCodec.IndexField].IsString ? document[EntryDocumentCodec.IndexField].AsString : DBNull.Value, BsonSerializer.Serialize(document));
        return command.ExecuteNonQuery() == 1;
    }

    private List<Entry> Entries(string where, params object[] values) => Read(where, values, d => _codec.Deserialize(d));

    private List<T> Read<T>(string where, object[] values, Func<BsonDocument, T> map) => _db.Use((connection, transaction) =>
    {
        using var command = Command(connection, transaction, $"SELECT {Columns} FROM cutover.entries " + where, values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(BsonSerializer.Deserialize(reader.GetFieldValue<byte[]>(0))));
        return rows;
    });

    // Parameters @a, @b, ... in the order given.
    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue(((char)('a' + i)).ToString(), values[i]);
        return command;
    }
}
