namespace CutoverBot.Core.Kernel;

/// <summary>
/// Who is talking and where. <paramref name="TeamId"/> is set for channel messages (the practice is that team);
/// in personal chat the practice is found from the user's memberships.
/// </summary>
public sealed record ChatContext(ChatUser User, ConversationKind Kind, string? TeamId, string? TenantId = null)
{
    /// <summary>
    /// Records that the message was taken in. An entry runs it inside its own save, so the entry and the mark that
    /// stops Teams' redelivery of the same message from being stored again are kept together or not at all.
    /// </summary>
    public Action? TakenIn { get; init; }
}
