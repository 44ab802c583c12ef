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

    [LoggerMessage(EventId = 5010, Level = LogLevel.Warning, Message = "Client secret {Setting} expires on {ExpiresOn}, in {DaysLeft} days: create a new secret, set it and restart the bot before then (docs/deploy.md, Secrets)")]
    public static partial void SecretExpiring(ILogger logger, string setting, string expiresOn, int daysLeft);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Error, Message = "Client secret {Setting} expired on {ExpiresOn}: sign-ins with it fail; create a new secret, set it and restart the bot (docs/deploy.md, Secrets)")]
    public static partial void SecretExpired(ILogger logger, string setting, string expiresOn);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "No expiry date is set for MicrosoftAppPassword: set SecretExpiry:MicrosoftAppPassword (yyyy-MM-dd) so the bot warns before the secret runs out")]
    public static partial void SecretExpiryUnknown(ILogger logger);

    [LoggerMessage(EventId = 5020, Level = LogLevel.Information, Message = "CutoverBot {Version} starting in {Environment}; database {DatabasePath}")]
    public static partial void Starting(ILogger logger, string version, string environment, string databasePath);
}
