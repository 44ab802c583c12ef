namespace CutoverBot.Core.MessageActions;

/// <summary>Keeps a message's link only when it is plainly a Teams link: it is shown as a button, so nothing else gets through.</summary>
public static class SourceLink
{
    public const int MaxLength = 2000;

    private static readonly string[] TeamsHosts = ["teams.microsoft.com", "teams.cloud.microsoft", "teams.live.com"];

    public static string? Validate(string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || link.Length > MaxLength) return null;
        if (!Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) return null;
        if (!string.IsNullOrEmpty(uri.UserInfo) || !uri.IsDefaultPort) return null;
        return TeamsHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase) ? uri.AbsoluteUri : null;
    }

    /// <summary>
    /// The key that recognises the same message logged again: its practice, conversation (a channel's thread id
    /// without the ;messageid= part) and id. Only ids, never text. Null when the message id is missing or odd.
    /// </summary>
    public static string? KeyOf(string practiceId, string? conversationId, string? messageId)
    {
        if (string.IsNullOrWhiteSpace(messageId) || messageId.Length > 200) return null;
        var conversation = conversationId ?? "";
        var cut = conversation.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        if (cut >= 0) conversation = conversation[..cut];
        if (conversation.Length > 500) conversation = conversation[..500];
        return $"{practiceId}|{conversation}|{messageId.Trim()}";
    }
}
