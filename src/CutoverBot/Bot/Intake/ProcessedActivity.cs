namespace CutoverBot.Bot.Intake;

/// <summary>An incoming activity the bot has taken in: its conversation and activity id, and when.</summary>
internal sealed class ProcessedActivity
{
    /// <summary>Conversation id and activity id, joined by a character neither contains.</summary>
    public string Id { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
