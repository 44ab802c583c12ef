using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>The validated cutover calendar: every task of the guide and the standing reminders of each phase.</summary>
public sealed class CutoverCatalog(IReadOnlyList<CutoverTask> tasks, IReadOnlyList<StandingReminder> reminders)
{
    private readonly Dictionary<string, CutoverTask> _byId = tasks.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<CutoverTask> Tasks { get; } = tasks;

    public IReadOnlyList<StandingReminder> Reminders { get; } = reminders;

    /// <summary>The task with this id (case-insensitive), or null.</summary>
    public CutoverTask? Find(string? id) => id is not null && _byId.TryGetValue(id.Trim(), out var task) ? task : null;

    public IEnumerable<CutoverTask> TasksFor(bool isDispensing) => Tasks.Where(t => t.AppliesTo(isDispensing));

    public IEnumerable<StandingReminder> RemindersFor(CutoverPhase phase, bool isDispensing) =>
        Reminders.Where(r => r.Phases.Contains(phase) && (isDispensing || !r.DispensingOnly));
}
