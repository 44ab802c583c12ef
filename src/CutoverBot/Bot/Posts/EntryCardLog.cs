namespace CutoverBot.Bot.Posts;

/// <summary>What keeping an entry's posted cards up to date logs: ids and outcomes only, never a card's content.</summary>
internal static partial class EntryCardLog
{
    [LoggerMessage(EventId = 3700, Level = LogLevel.Warning, Message = "Could not update a posted card of entry {EntryId} in practice {PracticeId}: {Outcome}")]
    public static partial void NotUpdated(ILogger logger, Guid entryId, string practiceId, string outcome);

    [LoggerMessage(EventId = 3701, Level = LogLevel.Information, Message = "Posted cards of entry {EntryId} not all updated in time; the next change catches up")]
    public static partial void Incomplete(ILogger logger, Guid entryId);
}
