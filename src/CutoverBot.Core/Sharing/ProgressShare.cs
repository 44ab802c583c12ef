namespace CutoverBot.Core.Sharing;

/// <summary>A practice's progress (counts only) shown to another team, such as the ICB's or its delivery partner's.</summary>
public sealed class ProgressShare
{
    /// <summary>PracticeId + "|" + TeamId.</summary>
    public string Id { get; set; } = "";
    public string PracticeId { get; set; } = "";
    /// <summary>The Teams team id (19:...) of the team shown the progress; the bot is installed there.</summary>
    public string TeamId { get; set; } = "";
    public string SharedById { get; set; } = "";
    public string SharedByName { get; set; } = "";
    public DateTimeOffset SharedAt { get; set; }

    public static string KeyFor(string practiceId, string teamId) => practiceId + "|" + teamId;
}
