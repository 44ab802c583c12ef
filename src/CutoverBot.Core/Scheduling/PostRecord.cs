
namespace CutoverBot.Core.Scheduling;

/// <summary>
/// The log of one morning post: one record per practice, kind and London date (and recipient, for nudges), keyed so
/// that a second claim of the same post fails at the database.
/// </summary>
public sealed class PostRecord
{
    /// <summary>See <see cref="PostKey.Id"/>.</summary>
    public string Id { get; set; } = "";
    public string PracticeId { get; set; } = "";
    public MorningPostKind Kind { get; set; }
    /// <summary>The London date the post is for.</summary>
    public DateOnly Date { get; set; }
    /// <summary>The person a per-recipient post (a nudge) is for; null for channel and manager posts.</summary>
    public string? RecipientUserId { get; set; }
    public PostStatus Status { get; set; }
    /// <summary>How many times the post has been claimed (the first send counts as one).</summary>
    public int Attempts { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
    /// <summary>Which opening of the database made the claim; see <see cref="IPostLogStore.TryReclaimInterrupted"/>.</summary>
    public string? ClaimedBy { get; set; }
    /// <summary>When a failed post may be claimed again; null unless <see cref="Status"/> is Failed.</summary>
    public DateTimeOffset? RetryAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>The Teams message id, used to update the posted card in place.</summary>
    public string? ActivityId { get; set; }
    /// <summary>The conversation the message went to (the channel, or the manager's personal chat).</summary>
    public string? ConversationId { get; set; }
    /// <summary>When the card was replaced by its superseded version after the next morning's post.</summary>
    public DateTimeOffset? SupersededAt { get; set; }

    public static string KeyFor(string practiceId, MorningPostKind kind, DateOnly date, string? recipientUserId = null) =>
        new PostKey(practiceId, kind, date, recipientUserId).Id;

    public PostKey ToKey() => new(PracticeId, Kind, Date, RecipientUserId);
}
