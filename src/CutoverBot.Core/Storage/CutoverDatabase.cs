using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage.Encryption;
using LiteDB;

namespace CutoverBot.Core.Storage;

/// <summary>
/// The one LiteDB database of the process. LiteDatabase is thread-safe in direct mode, so every store shares this instance.
/// Patient details are sealed with AES-GCM under <see cref="Keys"/> on their way in and opened on their way out.
/// </summary>
public sealed class CutoverDatabase : IDisposable
{
    private readonly EntryDocumentCodec _entries;

    /// <summary>
    /// A database sealed with <see cref="KeyRing.Ephemeral"/>, a random key of this process: for tests and in-memory
    /// databases. The host always passes the key ring from its configuration.
    /// </summary>
    public CutoverDatabase(string path) : this(path, KeyRing.Ephemeral)
    {
    }

    public CutoverDatabase(string path, KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (path != ":memory:") OwnerOnlyFiles.Prepare(path);
        Keys = keys;
        var plain = CreatePlainMapper();
        // LiteDB builds a type's member map on first use without guarding readers from the half-built map; build the
        // entry's here, before any concurrent save can race for it.
        plain.ToObject<Entry>(plain.ToDocument(new Entry()));
        _entries = new EntryDocumentCodec(keys, plain);
        Mapper = CreatePlainMapper();
        Mapper.RegisterType<Entry>(_entries.Serialize, _entries.Deserialize);
        // Details outside an entry (nothing stores them so today) are sealed too, bound to their kind only.
        Mapper.RegisterType<PatientDetails>(
            p => PatientEnvelope.Seal(keys.Current, plain, p, PatientEnvelope.StandaloneKind, owner: null),
            b => (PatientDetails)plain.ToObject(typeof(PatientDetails), PatientEnvelope.Open(keys, b, PatientEnvelope.StandaloneKind, owner: null)));
        Database = path == ":memory:"
            ? new LiteDatabase(new MemoryStream(), Mapper)
            : new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, Mapper);
        LiteDbCollections.CreateMissing(this);
        EntryLookupFields.Prepare(Database);
        LegacyUbrnUpgrade.Run(Database, keys);
    }

    public LiteDatabase Database { get; }

    public BsonMapper Mapper { get; }

    /// <summary>The key new records are sealed with, and the older ones still accepted when reading.</summary>
    public KeyRing Keys { get; }

    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>
    /// Held around read-then-write sequences (reference counters) that LiteDB alone would let two threads interleave.
    /// One per database, so every store over this database shares it.
    /// </summary>
    internal Lock CounterLock { get; } = new();

    /// <summary>
    /// Held around the post log's read-then-update claims. One per database, as the file is one process's: every
    /// post-log store over it (the job's, a second one in a test standing for another instance) shares it.
    /// </summary>
    internal Lock PostLogLock { get; } = new();

    // How deep the current thread is inside InTransaction calls on this database: a nested call joins the outer one,
    // and any other transaction found open on entry is one nobody will end.
    private readonly ThreadLocal<int> _transactionDepth = new();

    /// <summary>
    /// Runs <paramref name="write"/> as one LiteDB transaction: one commit instead of one per write, and nothing kept
    /// if any part throws. LiteDB ties a transaction to the calling thread, so <paramref name="write"/> must not await;
    /// a call inside another InTransaction joins it. The transaction begun here is ended here on every path: a write or
    /// a commit that throws rolls it back, so the thread is never left holding it. Code that begins a LiteDB transaction
    /// itself (the key rotation, the UBRN upgrade) must not call this inside it: that transaction would be rolled back.
    /// </summary>
    internal void InTransaction(Action write)
    {
        if (_transactionDepth.Value > 0)
        {
            write();
            return;
        }
        if (!Database.BeginTrans())
        {
            // The thread holds a transaction that nothing here began and nothing will end. Joining it would answer
            // "saved" for writes that are never committed (and each such thread keeps one of LiteDB's 100 open
            // transactions for good), so it is rolled back and a transaction of our own begun.
            Database.Rollback();
            if (!Database.BeginTrans()) throw new InvalidOperationException("A transaction left open on this thread could not be ended.");
        }
        _transactionDepth.Value++;
        try
        {
            write();
            Database.Commit();
        }
        catch
        {
            EndAfterFailure();
            throw;
        }
        finally
        {
            _transactionDepth.Value--;
        }
    }

    // LiteDB has often ended the transaction itself (a failed write rolls back the thread's transaction); Rollback then
    // finds none. A commit refused part-way (an open cursor, a write error) leaves it open, and only this ends it. The
    // first exception is the one worth reporting, so a failing rollback does not replace it.
    private void EndAfterFailure()
    {
        try
        {
            Database.Rollback();
        }
        catch (Exception ex) when (ex is LiteException or InvalidOperationException)
        {
        }
    }

    /// <summary>
    /// Seals bytes that may hold patient details (files waiting for consent, queued personal replies) before they are
    /// stored: AES-GCM under the current key, with a versioned header naming the key (see <see cref="SealedBytes"/>).
    /// </summary>
    public byte[] Protect(ReadOnlySpan<byte> plaintext) => SealedBytes.Seal(Keys.Current, plaintext);

    /// <summary>Opens what <see cref="Protect"/> sealed, under any key in the ring.</summary>
    /// <exception cref="SealedDataException">The bytes were changed, are not sealed, or their key is not configured.</exception>
    public byte[] Unprotect(ReadOnlySpan<byte> sealedBytes) => SealedBytes.Open(Keys, sealedBytes);

    /// <summary>The values an NHS number's blind index can have in this practice (one per key in the ring).</summary>
    internal IReadOnlyList<string> NhsNumberIndexValues(string practiceId, string nhsDigits) => _entries.IndexValues(practiceId, nhsDigits);

    /// <summary>Outlines of recently summarised practices, kept current by EntryStore's writes.</summary>
    internal EntryOutlineCache EntryOutlines { get; } = new();

    /// <summary>A stored entry document as an outline (see <see cref="EntryOutline"/>).</summary>
    internal EntryOutline Outline(BsonDocument stored) => _entries.Outline(stored);

    public void Dispose()
    {
        Database.Dispose();
        _transactionDepth.Dispose();
    }

    /// <summary>LiteDB's mapper as both engines use it for the documents they store.</summary>
    internal static BsonMapper CreatePlainMapper()
    {
        // LiteDB's defaults turn "" into null and trim strings; keep values exactly as saved so "" (no practice yet)
        // round-trips and can be queried.
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        // LiteDB 5 knows nothing of DateOnly; ISO strings sort and compare correctly.
        mapper.RegisterType<DateOnly>(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            b => DateOnly.ParseExact(b.AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        // LiteDB stores DateTime without an offset; keep instants in UTC so nothing shifts across the clock change.
        mapper.RegisterType<DateTimeOffset>(d => new BsonValue(d.UtcDateTime),
            b => new DateTimeOffset(DateTime.SpecifyKind(b.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));
        return mapper;
    }
}
