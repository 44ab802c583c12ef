namespace CutoverBot.Bot.Posts;

/// <summary>
/// A card the bot posted for one entry: the channel reply (shared, never a patient detail) or the author's own card in
/// personal chat. Kept so the card can be updated in place when the entry is completed, edited, undone or deleted.
/// </summary>
public sealed class EntryPost
{
    /// <summary><c>conversationId|activityId</c>.</summary>
    public string Id { get; set; } = "";
    public Guid EntryId { get; set; }
    public string ConversationId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    /// <summary>True for the channel reply; false for the author's card with the form (personal chat).</summary>
    public bool Shared { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    /// <summary>A hash of the card JSON last put there, so an unchanged card is not sent again.</summary>
    public string? CardHash { get; set; }

    public static string KeyFor(string conversationId, string activityId) => conversationId + "|" + activityId;
}
