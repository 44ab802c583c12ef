namespace CutoverBot.Core.Practices;

/// <summary>What the bot remembers about a user across practices: where to reach them privately and which practice they last chose.</summary>
public sealed class ChatUserRecord
{
    /// <summary>Teams user id (29:...).</summary>
    public string Id { get; set; } = "";
    public string? AadObjectId { get; set; }
    public string Name { get; set; } = "";
    public string? TenantId { get; set; }
    public string? ServiceUrl { get; set; }
    /// <summary>The personal chat with the bot, once known.</summary>
    public string? PersonalConversationId { get; set; }
    /// <summary>The practice chosen when the user belongs to several.</summary>
    public string? CurrentPracticeId { get; set; }
}
