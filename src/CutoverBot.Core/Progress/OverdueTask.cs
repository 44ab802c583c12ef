namespace CutoverBot.Core.Progress;

/// <summary>A checklist task past its window and not ticked. Task titles come from the catalog: never about a patient.</summary>
public sealed record OverdueTask(string Id, string Title, DateOnly DueBy);
