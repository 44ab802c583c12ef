namespace CutoverBot.Core.Practices;

/// <summary>A channel of the practice's team, as the host listed it for the setup card.</summary>
public sealed class PracticeChannel
{
    /// <summary>Teams channel id (19:...); the General channel's id is the team's id.</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}
