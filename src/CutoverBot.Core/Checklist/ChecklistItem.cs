namespace CutoverBot.Core.Checklist;

/// <summary>A task as it stands on one day's list: its window for this practice, its tick if any, and whether it is late.</summary>
public sealed record ChecklistItem(CutoverTask Task, DateOnly StartsOn, DateOnly EndsOn, ChecklistTick? Tick, bool IsOverdue)
{
    public bool IsDone => Tick is not null;
}
