using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using LiteDB;

namespace CutoverBot.Bot.Files;

/// <summary>Files waiting for consent in the LiteDB file, their bytes sealed with <see cref="CutoverDatabase.Protect"/>.</summary>
public sealed class PendingFileStore : IPendingFileStore
{
    // Taking is read-then-delete; one process holds the file, so a process-wide lock makes it one step.
    private static readonly Lock TakeLock = new();
    private readonly ILiteCollection<PendingFile> _files;
    private readonly CutoverDatabase _db;

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
            ExpiresAt = now + IPendingFileStore.Lifetime,
        };
        _files.Insert(file);
        // Only the stored record is sealed; the caller gets the bytes it gave.
        file.Content = content;
        return file;
    }

    public PendingFile? Take(string fileId, string userId, DateTimeOffset now)
    {
        lock (TakeLock)
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

    public int DeleteExpired(DateTimeOffset now) => _files.DeleteMany(f => f.ExpiresAt <= now);

    public int DeleteForPractice(string practiceId) => _files.DeleteMany(f => f.PracticeId == practiceId);

    public int Count() => _files.Count();
}
