using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using LiteDB;

namespace CutoverBot.Bot.Files;

/// <summary>
/// Files waiting for consent, in the bot's LiteDB database, their bytes sealed with <see cref="CutoverDatabase.Protect"/>
/// (an export holds patient details). Each is taken once: accepted, declined or expired.
/// </summary>
public sealed class PendingFileStore
{
    /// <summary>How long an offered file waits to be accepted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>LiteDB keeps a document under 16 MB; a workbook of thousands of entries is a few hundred KB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private readonly ILiteCollection<PendingFile> _files;
    private readonly CutoverDatabase _db;
    private readonly Lock _lock = new();

    public PendingFileStore(CutoverDatabase db)
    {
        _db = db;
        _files = db.Collection<PendingFile>("pending_files");
        _files.EnsureIndex(f => f.ExpiresAt);
    }

    public PendingFile Add(string userId, string fileName, string contentType, byte[] content, DateTimeOffset now, string? practiceId = null)
    {
        var file = new PendingFile
        {
            Id = Guid.NewGuid().ToString("N"),
            UserId = userId,
            PracticeId = practiceId,
            FileName = fileName,
            ContentType = contentType,
            Content = _db.Protect(content),
            OfferedAt = now,
            ExpiresAt = now + Lifetime,
        };
        _files.Insert(file);
        // Only the stored record is sealed; the caller gets the bytes it gave.
        file.Content = content;
        return file;
    }

    /// <summary>
    /// Removes and returns the file, opened, when it is this user's and has not expired; null otherwise (nothing
    /// removed for another user). A file whose sealed bytes cannot be opened (changed on disk, key gone) is removed
    /// and treated as gone: the user is asked to export again.
    /// </summary>
    public PendingFile? Take(string fileId, string userId, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_files.FindById(fileId) is not { } file || file.UserId != userId) return null;
            _files.Delete(fileId);
            if (file.ExpiresAt <= now) return null;
            try
            {
                file.Content = _db.Unprotect(file.Content);
                return file;
            }
            catch (SealedDataException)
            {
                return null;
            }
        }
    }

    /// <summary>Deletes every file past its expiry; returns how many.</summary>
    public int DeleteExpired(DateTimeOffset now) => _files.DeleteMany(f => f.ExpiresAt <= now);

    /// <summary>Deletes every file waiting that holds this practice's entries (the retention purge); returns how many.</summary>
    public int DeleteForPractice(string practiceId) => _files.DeleteMany(f => f.PracticeId == practiceId);

    public int Count() => _files.Count();
}
