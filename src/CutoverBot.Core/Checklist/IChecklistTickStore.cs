namespace CutoverBot.Core.Checklist;

/// <summary>
/// Which tasks each practice has ticked, by whom and when, with an audit of every change. A daily task is ticked per
/// day: pass the day of its round; leave it null for a one-off task. One implementation per engine:
/// <see cref="ChecklistTickStore"/> (LiteDB) and <see cref="PostgreSql.PostgresChecklistTickStore"/> (the shared server).
/// </summary>
public interface IChecklistTickStore
{
    /// <summary>
    /// Marks the task done; ticking a task already ticked keeps the first tick and records nothing. Two people ticking
    /// at the same moment leave one tick, and each click that found the task open is in the history.
    /// </summary>
    ChecklistTick Tick(string practiceId, string taskId, string userId, string userName, DateOnly? day = null);

    /// <summary>Clears the tick; returns false when the task was not ticked.</summary>
    bool Untick(string practiceId, string taskId, string userId, string userName, DateOnly? day = null);

    ChecklistTick? Find(string practiceId, string taskId, DateOnly? day = null);

    /// <summary>The practice's ticks by <see cref="ChecklistTick.TaskKey"/>: the task id, with the day for a daily task.</summary>
    IReadOnlyDictionary<string, ChecklistTick> ForPractice(string practiceId);

    /// <summary>Every tick and untick of the practice, oldest first.</summary>
    IReadOnlyList<ChecklistTickAudit> History(string practiceId);
}
