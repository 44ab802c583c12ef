using System.Globalization;
using Microsoft.Extensions.Logging;

namespace CutoverBot.Scheduling;

/// <summary>
/// The scheduler's log lines. A card's date is written year first (2026-12-02): the logger's invariant culture would
/// write a DateOnly month first, which reads as the wrong day to anyone in the UK.
/// </summary>
internal static partial class SchedulerLog
{
    public static void Posted(ILogger logger, string kind, DateOnly date, string practiceId) => Posted(logger, kind, Day(date), practiceId);

    public static void NotDelivered(ILogger logger, string kind, DateOnly date, string practiceId, string outcome, DateTimeOffset? retryAt) =>
        NotDelivered(logger, kind, Day(date), practiceId, outcome, retryAt);

    public static void PlanFailed(ILogger logger, Exception exception, DateOnly date, string practiceId) => PlanFailed(logger, exception, Day(date), practiceId);

    public static void Superseded(ILogger logger, DateOnly date, string practiceId, string outcome) => Superseded(logger, Day(date), practiceId, outcome);

    public static void Interrupted(ILogger logger, string kind, DateOnly date, string practiceId) => Interrupted(logger, kind, Day(date), practiceId);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "Posted the {Kind} card of {Date} for practice {PracticeId}")]
    private static partial void Posted(ILogger logger, string kind, string date, string practiceId);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "The {Kind} card of {Date} for practice {PracticeId} was not delivered ({Outcome}); next try {RetryAt}")]
    private static partial void NotDelivered(ILogger logger, string kind, string date, string practiceId, string outcome, DateTimeOffset? retryAt);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Error, Message = "Could not prepare the morning posts of {Date} for practice {PracticeId}")]
    private static partial void PlanFailed(ILogger logger, Exception exception, string date, string practiceId);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "Marked the channel card of {Date} for practice {PracticeId} as superseded ({Outcome})")]
    private static partial void Superseded(ILogger logger, string date, string practiceId, string outcome);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Error, Message = "The morning scheduler's pass failed; it tries again at its next wake-up")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Warning, Message = "The planner gave practice {PracticeId} a personal card with no recipient; it was not sent")]
    public static partial void NoRecipient(ILogger logger, string practiceId);

    [LoggerMessage(EventId = 3206, Level = LogLevel.Warning, Message = "The {Kind} card of {Date} for practice {PracticeId} was claimed by a process that stopped before it recorded the outcome; sending it again")]
    private static partial void Interrupted(ILogger logger, string kind, string date, string practiceId);

    [LoggerMessage(EventId = 3207, Level = LogLevel.Debug, Message = "Another instance is running the morning fan-out; looking again in {RetryIn}")]
    public static partial void LeaseHeldElsewhere(ILogger logger, TimeSpan retryIn);

    [LoggerMessage(EventId = 3208, Level = LogLevel.Warning, Message = "This instance lost the morning fan-out lease (another took it over); it stops posting and leaves the rest to that one")]
    public static partial void LeaseLost(ILogger logger);

    [LoggerMessage(EventId = 3209, Level = LogLevel.Warning, Message = "Could not renew or release the morning fan-out lease; trying again")]
    public static partial void LeaseError(ILogger logger, Exception exception);
}
