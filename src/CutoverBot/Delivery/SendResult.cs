namespace CutoverBot.Delivery;

/// <summary>The result of one proactive send or update; the ids are set when <see cref="Outcome"/> is Sent.</summary>
public sealed record SendResult(SendOutcome Outcome, string? ActivityId = null, string? ConversationId = null)
{
    public static SendResult Sent(string activityId, string conversationId) => new(SendOutcome.Sent, activityId, conversationId);
    public static readonly SendResult Throttled = new(SendOutcome.Throttled);
    public static readonly SendResult Gone = new(SendOutcome.Gone);
    public static readonly SendResult Failed = new(SendOutcome.Failed);
}
