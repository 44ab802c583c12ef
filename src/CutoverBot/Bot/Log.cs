namespace CutoverBot.Bot;

/// <summary>
/// Everything the host logs. Only ids, activity types and exception types: never message text, names or exception
/// messages, which can carry patient details.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Error, "Turn failed: activity {ActivityId} of type {ActivityType} in conversation {ConversationId} threw {ExceptionType}")]
    public static partial void TurnFailed(ILogger logger, string? activityId, string? activityType, string? conversationId, string exceptionType);

    [LoggerMessage(2, LogLevel.Warning, "Could not send the apology for activity {ActivityId}: {ExceptionType}")]
    public static partial void ApologyFailed(ILogger logger, string? activityId, string exceptionType);

    [LoggerMessage(3, LogLevel.Information, "Rejected a request to /api/messages: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string reason);

    [LoggerMessage(4, LogLevel.Error, "Request to /api/messages failed outside the turn: {ExceptionType}")]
    public static partial void RequestFailed(ILogger logger, string exceptionType);

    [LoggerMessage(5, LogLevel.Information, "Installed in team {TeamId}; roster has {MemberCount} members of whom {GuestCount} are guests")]
    public static partial void Installed(ILogger logger, string teamId, int memberCount, int guestCount);

    [LoggerMessage(6, LogLevel.Information, "Removed from team {TeamId}")]
    public static partial void Uninstalled(ILogger logger, string teamId);

    [LoggerMessage(7, LogLevel.Warning, "Could not read the roster of team {TeamId}: {ExceptionType}")]
    public static partial void RosterFailed(ILogger logger, string teamId, string exceptionType);

    [LoggerMessage(8, LogLevel.Warning, "Could not look up member {UserId} of team {TeamId}: {ExceptionType}")]
    public static partial void MemberLookupFailed(ILogger logger, string userId, string teamId, string exceptionType);

    [LoggerMessage(9, LogLevel.Warning, "Could not reach user {UserId} in personal chat: {ExceptionType}")]
    public static partial void PersonalSendFailed(ILogger logger, string userId, string exceptionType);

    [LoggerMessage(10, LogLevel.Information, "Card action {Verb} from {UserId} answered {StatusCode}")]
    public static partial void CardAction(ILogger logger, string verb, string userId, int statusCode);

    [LoggerMessage(11, LogLevel.Warning, "Could not list the channels of team {TeamId}: {ExceptionType}; offering General only")]
    public static partial void ChannelsUnavailable(ILogger logger, string teamId, string exceptionType);

    [LoggerMessage(12, LogLevel.Warning, "Could not update a posted go-live card of practice {PracticeId}: {Outcome}")]
    public static partial void GoLiveCardNotUpdated(ILogger logger, string practiceId, string outcome);

    [LoggerMessage(13, LogLevel.Information, "Go-live cards of practice {PracticeId} not all updated in time; the next confirmation catches up")]
    public static partial void GoLiveRefreshIncomplete(ILogger logger, string practiceId);

    [LoggerMessage(14, LogLevel.Information, "File {FileId} offered to {UserId} ({Bytes} bytes)")]
    public static partial void FileOffered(ILogger logger, string fileId, string userId, int bytes);

    [LoggerMessage(15, LogLevel.Information, "File consent {Action} by {UserId}: {Outcome}")]
    public static partial void FileConsent(ILogger logger, string action, string userId, string outcome);

    [LoggerMessage(16, LogLevel.Information, "Removed {Count} expired files waiting for consent")]
    public static partial void FilesExpired(ILogger logger, int count);

    [LoggerMessage(17, LogLevel.Warning, "Could not update the clicked card in conversation {ConversationId}: {ExceptionType}")]
    public static partial void ClickedCardNotUpdated(ILogger logger, string? conversationId, string exceptionType);

    [LoggerMessage(18, LogLevel.Warning, "Could not update today's checklist card of practice {PracticeId}: {Outcome}")]
    public static partial void ChecklistCardNotUpdated(ILogger logger, string practiceId, string outcome);

    [LoggerMessage(19, LogLevel.Information, "Today's checklist card of practice {PracticeId} not updated in time; the next tick catches up")]
    public static partial void ChecklistRefreshIncomplete(ILogger logger, string practiceId);
}
