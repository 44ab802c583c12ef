namespace CutoverBot.Graph;

/// <summary>That a practice was told the channel copy is off because Graph is not set up.</summary>
public sealed class ChannelFilesNotice
{
    /// <summary>The practice (team) id.</summary>
    public string Id { get; set; } = "";
    public DateTimeOffset GivenAt { get; set; }
}
