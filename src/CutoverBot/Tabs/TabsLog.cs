namespace CutoverBot.Tabs;

/// <summary>What the tabs' API logs: outcomes and reasons, never a token, a claim value or anything about a patient.</summary>
internal static partial class TabsLog
{
    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Tab sign-in token rejected ({Reason})")]
    public static partial void TokenRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Tab confirmation saved but the go-live cards were not brought up to date ({Error})")]
    public static partial void RefreshFailed(ILogger logger, string error);
}
