using System.Globalization;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Practices;

/// <summary>
/// The two practice settings that govern patient data: how long details are kept after go-live and whether guests of
/// the team may tick checklist tasks. The typed commands (<c>retention</c>, <c>guests can tick</c>) and the setup card
/// both change them here, so they keep the same limits and write the same audit record.
/// </summary>
public sealed class GovernanceSettings(IPracticeStore practices, AuditTrail trail)
{
    public const string RetentionSetting = "retentionDays";
    public const string GuestTickSetting = "guestsCanTick";

    /// <summary>"Type retention and a number of days from 7 to 3650 ..." without the command's own words.</summary>
    public static string DaysRange => $"from {RetentionPolicy.MinDays} to {RetentionPolicy.MaxDays}";

    /// <summary>A whole number of days in range, as typed ("120", "120 days"); null for anything else.</summary>
    public static int? ReadDays(string? typed)
    {
        var digits = (typed ?? "").Replace("days", "", StringComparison.OrdinalIgnoreCase).Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var days)
               && days is >= RetentionPolicy.MinDays and <= RetentionPolicy.MaxDays ? days : null;
    }

    /// <summary>Sets the practice's retention period (null: the standard one), saves and audits it; false when it was already so.</summary>
    public bool SetRetention(ChatUser by, Practice practice, int? days)
    {
        if (days is { } n && n is < RetentionPolicy.MinDays or > RetentionPolicy.MaxDays) throw new ArgumentOutOfRangeException(nameof(days));
        var old = practice.RetentionDays;
        if (old == days) return false;
        practice.RetentionDays = days;
        practices.Upsert(practice);
        trail.SettingChanged(by, practice.Id, RetentionSetting, DaysText(old), DaysText(days));
        return true;
    }

    /// <summary>Lets guests tick checklist tasks or stops them, saves and audits it; false when it was already so.</summary>
    public bool SetGuestsCanTick(ChatUser by, Practice practice, bool on)
    {
        if (practice.GuestsCanTick == on) return false;
        trail.SettingChanged(by, practice.Id, GuestTickSetting, OnOff(practice.GuestsCanTick), OnOff(on));
        practice.GuestsCanTick = on;
        practices.Upsert(practice);
        return true;
    }

    private static string DaysText(int? days) => days?.ToString(CultureInfo.InvariantCulture) ?? "default";

    private static string OnOff(bool on) => on ? "on" : "off";
}
