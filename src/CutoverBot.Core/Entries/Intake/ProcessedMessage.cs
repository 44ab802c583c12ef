namespace CutoverBot.Core.Entries.Intake;

/// <summary>A message the bot has taken in: its conversation and activity id, and when.</summary>
public sealed class ProcessedMessage
{
    /// <summary>Conversation id and activity id, joined by a character neither contains.</summary>
    public string Id { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
