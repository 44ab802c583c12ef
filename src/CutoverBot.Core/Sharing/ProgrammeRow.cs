namespace CutoverBot.Core.Sharing;

/// <summary>One practice on a programme tab. Counts and dates only: the team seeing it is not the practice's.</summary>
public sealed record ProgrammeRow(
    string Name, string? OdsCode, string? Phase, string? PhaseText, DateOnly? Fdp, DateOnly? GoLive,
    int ChecklistDone, int ChecklistTotal, int ChecklistOverdue, int EntriesLogged, int ReentryOutstanding, int? LegacyDaysLeft);
