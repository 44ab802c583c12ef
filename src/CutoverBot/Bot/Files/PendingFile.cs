namespace CutoverBot.Bot.Files;

/// <summary>
/// A file offered in personal chat and waiting for the user to accept it. The bytes stay in the bot's database (which
/// already holds the patient details they come from), never in a temporary file, and go once used, declined or expired.
/// </summary>
public sealed class PendingFile
{
    /// <summary>Random, and the only thing the consent card carries back.</summary>
    public string Id { get; set; } = "";
    /// <summary>Teams id of the only user who may accept it.</summary>
    public string UserId { get; set; } = "";
    /// <summary>The practice whose entries the file holds, so the retention purge can remove it; null for older records.</summary>
    public string? PracticeId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset OfferedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
