namespace CutoverBot.Core.Setup;

/// <summary>
/// What someone asked setup to change. Null means "leave as it is" (or the default at first setup), so the typed form
/// <c>setup FDP ... go-live ...</c> can move the dates without touching the rest.
/// </summary>
public sealed record SetupRequest(DateOnly Fdp, DateOnly GoLive)
{
    public string? PracticeName { get; init; }
    public string? OdsCode { get; init; }
    public bool? IsDispensing { get; init; }
    public string? ChannelId { get; init; }
    public TimeOnly? MorningPostTime { get; init; }
    /// <summary>Teams user id of the practice manager; null keeps the current one (or makes it whoever runs the first setup).</summary>
    public string? ManagerUserId { get; init; }
}
