namespace CutoverBot.Bot.Files;

/// <summary>
/// Files waiting for consent, their bytes sealed (an export holds patient details). Each is taken once, by one
/// instance: accepted, declined or expired. <see cref="PendingFileStore"/> (LiteDB) and
/// <see cref="PostgreSql.PostgresPendingFileStore"/>.
/// </summary>
public interface IPendingFileStore
{
    /// <summary>How long an offered file waits to be accepted.</summary>
    static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>LiteDB keeps a document under 16 MB; a workbook of thousands of entries is a few hundred KB.</summary>
    const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Stores the file sealed; returns it with the bytes the caller gave.</summary>
    PendingFile Add(string userId, string fileName, string contentType, byte[] content, DateTimeOffset now, string? practiceId = null);

    /// <summary>
    /// Removes and returns the file, opened, when it is this user's and has not expired; null otherwise (nothing
    /// removed for another user). A file whose sealed bytes cannot be opened (changed, key gone) is removed and treated
    /// as gone: the user is asked to export again. Of two takes at once, wherever they run, one gets the file.
    /// </summary>
    PendingFile? Take(string fileId, string userId, DateTimeOffset now);

    /// <summary>Deletes every file past its expiry; returns how many.</summary>
    int DeleteExpired(DateTimeOffset now);

    /// <summary>Deletes every file waiting that holds this practice's entries (the retention purge); returns how many.</summary>
    int DeleteForPractice(string practiceId);

    int Count();
}
