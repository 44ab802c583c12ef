namespace CutoverBot.Graph;

/// <summary>Graph logging: practice ids and plain reasons only, never a file's name or content.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Copy to the channel Files of practice {PracticeId} failed: {Reason}")]
    public static partial void ChannelFilesFailed(ILogger logger, string practiceId, string reason);

    [LoggerMessage(2, LogLevel.Information, "Copied {Count} file(s) to the channel Files of practice {PracticeId}")]
    public static partial void ChannelFilesCopied(ILogger logger, int count, string practiceId);
}
