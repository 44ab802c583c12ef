namespace CutoverBot.Core.MessageActions;

/// <summary>Which Teams message an entry was logged from: ids and a link only, never the message's text.</summary>
public sealed class MessageSource
{
    /// <summary>See <see cref="SourceLink.KeyOf"/>: practice, conversation and message id.</summary>
    public string Id { get; set; } = "";
    public Guid EntryId { get; set; }
    public string PracticeId { get; set; } = "";
    public string MessageId { get; set; } = "";
    /// <summary>The message's https Teams link, when Teams sent a valid one.</summary>
    public string? Link { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
}
