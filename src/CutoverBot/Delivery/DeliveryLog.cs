using Microsoft.Extensions.Logging;

namespace CutoverBot.Delivery;

// Practice ids and status codes only: a card may carry patient details, so nothing from it is logged.
internal static partial class DeliveryLog
{
    // One line per failed attempt, at Information, with the reason in a few words; the exception itself only at Debug
    // (3106), since a connector that is down would otherwise write a stack trace per attempt.
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Bot Connector call for practice {PracticeId} failed ({Reason}); retrying in {Delay} (attempt {Attempt})")]
    public static partial void Retrying(ILogger logger, string practiceId, string reason, TimeSpan delay, int attempt);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Giving up on a message to practice {PracticeId} after {Attempts} attempts: {Reason} (status {StatusCode})")]
    public static partial void GaveUp(ILogger logger, string practiceId, int attempts, string reason, int? statusCode);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Debug, Message = "Bot Connector call for practice {PracticeId} failed, attempt {Attempt}: the exception")]
    public static partial void AttemptDetail(ILogger logger, Exception exception, string practiceId, int attempt);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "The bot is no longer in practice {PracticeId}'s channel ({StatusCode}, {ErrorCode}); the practice is now inactive and gets no more posts")]
    public static partial void PracticeGone(ILogger logger, string practiceId, int? statusCode, string? errorCode);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "A user of practice {PracticeId} cannot be reached in personal chat ({StatusCode}, {ErrorCode}); the personal conversation is forgotten")]
    public static partial void PersonalChatGone(ILogger logger, string practiceId, int? statusCode, string? errorCode);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Teams asked practice {PracticeId}'s sender to wait {RetryAfter}, longer than it waits in line; the message is left for a later try")]
    public static partial void RetryAfterTooLong(ILogger logger, string practiceId, TimeSpan retryAfter);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Error, Message = "Unexpected failure sending to practice {PracticeId}")]
    public static partial void Unexpected(ILogger logger, Exception exception, string practiceId);
}
