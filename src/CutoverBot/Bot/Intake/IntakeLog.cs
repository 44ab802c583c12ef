namespace CutoverBot.Bot.Intake;

// Ids only, never the message text.
internal static partial class IntakeLog
{
    [LoggerMessage(EventId = 3310, Level = LogLevel.Information, Message = "Activity {ActivityId} in conversation {ConversationId} delivered again ({State}); not handled twice")]
    public static partial void Duplicate(ILogger logger, string? activityId, string? conversationId, string state);
}
