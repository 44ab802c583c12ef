using System.Globalization;

namespace CutoverBot.Core.Scheduling;

/// <summary>
/// Which morning post a post-log record is about: the practice, the kind, the London date and, for kinds sent to
/// several people a day (<see cref="MorningPostKinds.IsPerRecipient"/>), the recipient.
/// </summary>
public readonly record struct PostKey(string PracticeId, MorningPostKind Kind, DateOnly Date, string? RecipientUserId = null)
{
    /// <summary>The recipient that is part of the key: null for channel and manager posts.</summary>
    public string? KeyedRecipient => Kind.IsPerRecipient() && !string.IsNullOrEmpty(RecipientUserId) ? RecipientUserId : null;

    /// <summary>
    /// <c>practiceId|kind|yyyy-MM-dd</c>, with <c>|recipientUserId</c> after it for per-recipient kinds. Channel and
    /// manager keys are the ones the log has always used, so records written before nudges existed are still found.
    /// </summary>
    public string Id => KeyedRecipient is { } recipient
        ? string.Create(CultureInfo.InvariantCulture, $"{PracticeId}|{Kind}|{Date:yyyy-MM-dd}|{recipient}")
        : string.Create(CultureInfo.InvariantCulture, $"{PracticeId}|{Kind}|{Date:yyyy-MM-dd}");

    public static PostKey For(MorningPost post) => new(post.PracticeId, post.Kind, post.Date, post.RecipientUserId);
}
