using Microsoft.Extensions.Logging;

namespace CutoverBot.Delivery;

// Row ids, conversation ids and counts only: a queued reply may carry patient details.
internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 3300, Level = LogLevel.Warning, Message = "Reply to conversation {ConversationId} not delivered within the turn ({Reason}); queued as {RowId}")]
    public static partial void Queued(ILogger logger, string conversationId, string reason, long rowId);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Queued reply {RowId} delivered after {Attempts} attempts")]
    public static partial void Delivered(ILogger logger, long rowId, int attempts);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Information, Message = "Bot Connector still failing ({Reason}); {Pending} queued replies wait {Delay}")]
    public static partial void Waiting(ILogger logger, string reason, int pending, TimeSpan delay);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "Queued reply {RowId} dropped: {Reason} ({StatusCode}, {ErrorCode})")]
    public static partial void Dropped(ILogger logger, long rowId, string reason, int? statusCode, string? errorCode);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Information, Message = "The turn's own send of queued reply {RowId} ended: {Outcome}")]
    public static partial void Settled(ILogger logger, long rowId, string outcome);

    [LoggerMessage(EventId = 3305, Level = LogLevel.Information, Message = "{Count} queued replies found at start-up")]
    public static partial void FoundAtStart(ILogger logger, int count);

    [LoggerMessage(EventId = 3306, Level = LogLevel.Error, Message = "Outbox pass failed: {ExceptionType}")]
    public static partial void PassFailed(ILogger logger, string exceptionType);

    // One line per failed attempt within a turn; the last one is the Queued line (3300), which names the reason too.
    [LoggerMessage(EventId = 3307, Level = LogLevel.Information, Message = "Reply to conversation {ConversationId} failed ({Reason}), attempt {Attempt}; trying again in {Delay}")]
    public static partial void TurnRetrying(ILogger logger, string conversationId, string reason, int attempt, TimeSpan delay);

    // The exception of a failed attempt, only at Debug: at Information a connector that is down would write a stack trace per attempt.
    [LoggerMessage(EventId = 3308, Level = LogLevel.Debug, Message = "Reply to conversation {ConversationId} failed, attempt {Attempt}: the exception")]
    public static partial void AttemptDetail(ILogger logger, Exception exception, string conversationId, int attempt);
}
