namespace CutoverBot.Core.Progress;

/// <summary>Checklist tasks that start in one phase: how many there are, how many are done, how many are late.</summary>
public sealed record PhaseProgress(string Phase, string Name, int Total, int Done, int Overdue);
