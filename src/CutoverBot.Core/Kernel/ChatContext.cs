namespace CutoverBot.Core.Kernel;

/// <summary>
/// Who is talking and where. <paramref name="TeamId"/> is set for channel messages (the practice is that team);
/// in personal chat the practice is found from the user's memberships.
/// </summary>
public sealed record ChatContext(ChatUser User, ConversationKind Kind, string? TeamId, string? TenantId = null)
{
    /// <summary>
    /// The message's name (its conversation and id) when it came from Teams: the entry it makes is saved with the
    /// mark that stops a redelivered copy from being stored again (Entries/Intake/MessageIntake).
    /// </summary>
    public string? MessageKey { get; init; }
}
