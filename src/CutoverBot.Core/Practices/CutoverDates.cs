
namespace CutoverBot.Core.Practices;

/// <summary>A practice's final data production day and go-live day; legacy access lasts 90 days after go-live.</summary>
public sealed record CutoverDates(DateOnly Fdp, DateOnly GoLive)
{
    /// <summary>How long the old system stays reachable after go-live.</summary>
    public const int LegacyAccessDays = 90;

    public DateOnly LegacyAccessEnds => GoLive.AddDays(LegacyAccessDays);

    /// <summary>Days of cutover between FDP and go-live (both excluded).</summary>
    public int CutoverDays => GoLive.DayNumber - Fdp.DayNumber - 1;

    public DateOnly DateOf(CutoverAnchor anchor) => anchor == CutoverAnchor.Fdp ? Fdp : GoLive;
}
