namespace CutoverBot.Bot.Throttling;

/// <summary>Ids only, once a minute per held-back user, so a flood does not flood the log too.</summary>
internal static partial class ThrottleLog
{
    [LoggerMessage(101, LogLevel.Warning, "Holding back user {UserId} in conversation {ConversationId} ({Verdict}): messages are still saved, replies held back, card clicks refused")]
    public static partial void HeldBack(ILogger logger, string userId, string conversationId, string verdict);
}
