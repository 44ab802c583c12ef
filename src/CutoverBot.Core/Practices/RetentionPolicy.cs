using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Practices;

/// <summary>When a practice's patient details are due to be purged (what users are told then: <see cref="PurgedDetails"/>).</summary>
public static class RetentionPolicy
{
    public const int StandardDays = GoLiveDates.LegacyAccessDays;
    public const int MinDays = 7;
    public const int MaxDays = 3650;

    public static int DaysFor(Practice practice, int defaultDays) => practice.RetentionDays ?? defaultDays;

    /// <summary>The London date the practice's patient details are purged on; null before go-live is set.</summary>
    public static DateOnly? PurgeOn(Practice practice, int defaultDays) => practice.GoLiveDate?.AddDays(DaysFor(practice, defaultDays));

    public static bool IsDue(Practice practice, int defaultDays, DateOnly today) => PurgeOn(practice, defaultDays) is { } on && today >= on;

    /// <summary>
    /// The London date a held entry's details are purged on, if its author is still on no practice's roster then: the
    /// standard period counted from the day it was logged, as there is no practice and so no go-live to count from.
    /// </summary>
    public static DateOnly HeldPurgeOn(Entry entry, int defaultDays) => LondonTime.DateOf(entry.LoggedAt).AddDays(defaultDays);
}
