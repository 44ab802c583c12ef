using LiteDB;

namespace CutoverBot.Core.Storage;

/// <summary>
/// The one LiteDB database of the process. LiteDatabase is thread-safe in direct mode, so every store shares this instance.
/// </summary>
public sealed class CutoverDatabase : IDisposable
{
    public CutoverDatabase(string path)
    {
        if (path != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        Mapper = CreateMapper();
        Database = path == ":memory:"
            ? new LiteDatabase(new MemoryStream(), Mapper)
            : new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, Mapper);
    }

    public LiteDatabase Database { get; }

    public BsonMapper Mapper { get; }

    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>
    /// Held around read-then-write sequences (reference counters) that LiteDB alone would let two threads interleave.
    /// One per database, so every store over this database shares it.
    /// </summary>
    internal Lock CounterLock { get; } = new();

    /// <summary>
    /// Seals bytes that may hold patient details (files waiting for consent, queued personal replies) before they are
    /// stored. Placeholder until application-level encryption lands (issue 5): today it returns the bytes unchanged.
    /// </summary>
    public byte[] Protect(ReadOnlySpan<byte> plaintext) => plaintext.ToArray();

    /// <summary>Opens what <see cref="Protect"/> sealed.</summary>
    public byte[] Unprotect(ReadOnlySpan<byte> sealedBytes) => sealedBytes.ToArray();

    public void Dispose() => Database.Dispose();

    private static BsonMapper CreateMapper()
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
