using Microsoft.Extensions.Logging;

namespace CutoverBot.Operations;

// Counts and exception types only: a LiteDB message can quote a stored value.
internal static partial class OperationsLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information,
        Message = "Operations report: {ActivePractices} active practices ({SetUpPractices} set up), {InactivePractices} inactive; since {Since:o}: {Delivered} proactive messages delivered, {NotDelivered} not delivered (failed or throttled), {Gone} to conversations the bot has left")]
    public static partial void Report(ILogger logger, int activePractices, int setUpPractices, int inactivePractices, DateTimeOffset since,
        long delivered, long notDelivered, long gone);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Operations report skipped: the database could not be read ({ExceptionType})")]
    public static partial void ReportFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Health check: the database could not be read ({ExceptionType})")]
    public static partial void DatabaseUnhealthy(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Health check: the database did not answer within {Timeout}")]
    public static partial void DatabaseTimedOut(ILogger logger, TimeSpan timeout);
}
