namespace CutoverBot.Core.Setup;

/// <summary>
/// The welcome / setup form (cards/setup.json). Dates are yyyy-MM-dd for Input.Date, or empty; dispensing and guests
/// ticking are "true"/"false" for Input.Toggle; the retention period is in days for Input.Number. No patient data.
/// </summary>
public sealed record SetupCardData(
    string Title,
    string Intro,
    bool HasNotices,
    IReadOnlyList<SetupNotice> Notices,
    string PracticeName,
    string OdsCode,
    string FdpDate,
    string GoLiveDate,
    string Dispensing,
    string ChannelId,
    IReadOnlyList<SetupChoice> Channels,
    string MorningPostTime,
    string ManagerId,
    IReadOnlyList<SetupChoice> Managers,
    int RetentionDays,
    int StandardRetentionDays,
    string GuestsCanTick)
{
    /// <summary>Set once setup is saved: the confirmation above the form, as a heading and a few lines.</summary>
    public bool HasSaved { get; init; }
    public string SavedHeading { get; init; } = "";
    public IReadOnlyList<SetupFact> SavedFacts { get; init; } = [];
    /// <summary>What comes next (the earlier tasks, the checklist command), paragraphs separated by a blank line.</summary>
    public string SavedNote { get; init; } = "";
}
