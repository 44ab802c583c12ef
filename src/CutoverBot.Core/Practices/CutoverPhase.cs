namespace CutoverBot.Core.Practices;

/// <summary>Where a practice is in its migration on a given day.</summary>
public enum CutoverPhase
{
    /// <summary>Until the day before FDP.</summary>
    Preparation,
    /// <summary>Final data production day.</summary>
    Fdp,
    /// <summary>FDP+1 to the day before go-live.</summary>
    Cutover,
    /// <summary>Go-live day.</summary>
    GoLive,
    /// <summary>Go-live+1 to go-live+90, while the old system can still be reached.</summary>
    After,
    /// <summary>Legacy access has ended: nothing more is posted.</summary>
    Closed,
}
