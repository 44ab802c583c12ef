namespace CutoverBot.Core.Progress;

/// <summary>Entries still to re-enter at the end of one London day (the burn-down's points).</summary>
public sealed record DayOutstanding(DateOnly Date, int Outstanding);
