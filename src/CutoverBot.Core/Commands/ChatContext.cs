namespace CutoverBot.Core.Commands;

/// <summary>
/// Who is talking and where. <paramref name="TeamId"/> is set for channel messages (the practice is that team);
/// in personal chat the practice is found from the user's memberships.
/// </summary>
public sealed record ChatContext(ChatUser User, ConversationKind Kind, string? TeamId, string? TenantId = null);
