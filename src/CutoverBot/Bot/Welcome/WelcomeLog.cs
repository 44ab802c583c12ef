namespace CutoverBot.Bot.Welcome;

// Ids and exception types only.
internal static partial class WelcomeLog
{
    [LoggerMessage(EventId = 3400, Level = LogLevel.Information, Message = "Greeting {Key} taken over from an earlier claim (attempt {Attempt}); sending what was not yet sent")]
    public static partial void TakenOver(ILogger logger, string key, int attempt);

    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning, Message = "Greeting {Key} not sent: {ExceptionType}; the next install event tries again")]
    public static partial void Failed(ILogger logger, string key, string exceptionType);
}
