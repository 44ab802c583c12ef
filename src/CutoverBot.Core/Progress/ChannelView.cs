namespace CutoverBot.Core.Progress;

/// <summary>
/// What the channel tab "Cutover" shows. Counts, dates, task titles and staff names only: guests of the team may open
/// it, so nothing here is ever about a patient.
/// </summary>
public sealed record ChannelView(
    string PracticeName,
    bool IsSetUp,
    string? Phase,
    string? PhaseText,
    DateOnly? Fdp,
    DateOnly? GoLive,
    DateOnly? LegacyAccessEnds,
    int? DaysToFdp,
    int? DaysToGoLive,
    int? DaysToLegacyEnd,
    IReadOnlyList<PhaseProgress> Checklist,
    IReadOnlyList<OverdueTask> OverdueTasks,
    IReadOnlyList<KindInfo> Kinds,
    IReadOnlyList<DayEntries> EntriesPerDay,
    int EntriesLogged,
    bool AfterGoLive,
    IReadOnlyList<DayOutstanding> Burndown,
    IReadOnlyList<ReentryRow> ByPerson,
    IReadOnlyList<ReentryRow> ByKind);
