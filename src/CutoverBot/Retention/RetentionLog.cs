namespace CutoverBot.Retention;

/// <summary>What the retention purge logs: practice ids and counts, never an entry's contents.</summary>
internal static partial class RetentionLog
{
    [LoggerMessage(EventId = 3300, Level = LogLevel.Information,
        Message = "Retention purge for practice {PracticeId}: removed the patient details of {EntryCount} entries and {FileCount} waiting files, {RetentionDays} days after go-live")]
    public static partial void Purged(ILogger logger, string practiceId, int entryCount, int fileCount, int retentionDays);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Information,
        Message = "Retention purge of held entries: removed the patient details of {EntryCount} entries logged by people on no practice's roster, {RetentionDays} days after they were logged")]
    public static partial void HeldPurged(ILogger logger, int entryCount, int retentionDays);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Error, Message = "The retention purge failed ({ExceptionType}); it runs again tomorrow")]
    public static partial void PassFailed(ILogger logger, string exceptionType);
}
