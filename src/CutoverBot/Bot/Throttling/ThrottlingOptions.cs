using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Bot.Throttling;

/// <summary>How many messages and card clicks a user, and a conversation, may send before the bot holds back.</summary>
public sealed class ThrottlingOptions
{
    public const string Section = "Throttling";

    /// <summary>false turns throttling off (for example on a test bot driven by a script).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Per person, across all their chats: a burst of this many, then this many a minute.</summary>
    [Range(1, 100_000, ErrorMessage = "Throttling:PerUserPerMinute must be between 1 and 100000 messages a minute.")]
    public int PerUserPerMinute { get; set; } = 30;

    /// <summary>Per chat or channel (a channel's threads count as the channel): a burst of this many, then this many a minute.</summary>
    [Range(1, 100_000, ErrorMessage = "Throttling:PerConversationPerMinute must be between 1 and 100000 messages a minute.")]
    public int PerConversationPerMinute { get; set; } = 120;
}
