
namespace CutoverBot.Core.Practices;

/// <summary>The dates re-entry runs by: from go-live until legacy access ends, 90 days later.</summary>
public static class GoLiveDates
{
    /// <summary>Days after go-live that the old system can still be read: the checklist calendar's figure.</summary>
    public const int LegacyAccessDays = CutoverDates.LegacyAccessDays;

    /// <summary>Days left before legacy access ends on which the manager is warned while anything is outstanding.</summary>
    public static readonly IReadOnlyList<int> WarningDaysLeft = [30, 14, 7, 1];

    public static DateOnly? LegacyAccessEnds(Practice practice) => practice.GoLiveDate?.AddDays(LegacyAccessDays);

    /// <summary>True on the days after go-live until legacy access ends (inclusive), when reminders run.</summary>
    public static bool IsReentryWindow(Practice practice, DateOnly date) =>
        practice.GoLiveDate is { } goLive && date > goLive && date <= goLive.AddDays(LegacyAccessDays);
}
