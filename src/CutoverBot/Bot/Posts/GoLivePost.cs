namespace CutoverBot.Bot.Posts;

/// <summary>A go-live card the bot posted in a practice's channel (by summary), kept so confirmations anywhere update it.</summary>
public sealed class GoLivePost
{
    /// <summary><c>conversationId|activityId</c>.</summary>
    public string Id { get; set; } = "";
    public string PracticeId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public DateTimeOffset PostedAt { get; set; }
    /// <summary>A hash of the card JSON last put there, so an unchanged card is not sent again.</summary>
    public string? CardHash { get; set; }

    public static string KeyFor(string conversationId, string activityId) => conversationId + "|" + activityId;
}
