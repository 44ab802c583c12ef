using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Checklist;

/// <summary>Which tasks each practice has ticked, by whom and when, with an audit of every change.</summary>
public sealed class ChecklistTickStore
{
    private readonly ILiteCollection<ChecklistTick> _ticks;
    private readonly ILiteCollection<ChecklistTickAudit> _audit;
    private readonly TimeProvider _time;

    public ChecklistTickStore(CutoverDatabase db, TimeProvider time)
    {
        _ticks = db.Collection<ChecklistTick>("checklist_ticks");
        _audit = db.Collection<ChecklistTickAudit>("checklist_tick_audit");
        _ticks.EnsureIndex(t => t.PracticeId);
        _audit.EnsureIndex(a => a.PracticeId);
        _time = time;
    }

    /// <summary>Marks the task done; ticking a task already ticked keeps the first tick (two people clicking at once is not two ticks).</summary>
    public ChecklistTick Tick(string practiceId, string taskId, string userId, string userName)
    {
        var existing = Find(practiceId, taskId);
        if (existing is not null) return existing;
        var tick = new ChecklistTick
        {
            Id = ChecklistTick.KeyFor(practiceId, taskId),
            PracticeId = practiceId,
            TaskId = taskId.ToLowerInvariant(),
            ByUserId = userId,
            ByName = userName,
            At = _time.GetUtcNow(),
        };
        _ticks.Upsert(tick);
        Record(tick.PracticeId, tick.TaskId, true, userId, userName, tick.At);
        return tick;
    }

    /// <summary>Clears the tick; returns false when the task was not ticked.</summary>
    public bool Untick(string practiceId, string taskId, string userId, string userName)
    {
        if (!_ticks.Delete(ChecklistTick.KeyFor(practiceId, taskId))) return false;
        Record(practiceId, taskId.ToLowerInvariant(), false, userId, userName, _time.GetUtcNow());
        return true;
    }

    public ChecklistTick? Find(string practiceId, string taskId) => _ticks.FindById(ChecklistTick.KeyFor(practiceId, taskId));

    /// <summary>The practice's ticks by task id.</summary>
    public IReadOnlyDictionary<string, ChecklistTick> ForPractice(string practiceId) =>
        _ticks.Find(t => t.PracticeId == practiceId).ToDictionary(t => t.TaskId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every tick and untick of the practice, oldest first.</summary>
    public IReadOnlyList<ChecklistTickAudit> History(string practiceId) =>
        _audit.Find(a => a.PracticeId == practiceId).OrderBy(a => a.At).ToList();

    private void Record(string practiceId, string taskId, bool ticked, string userId, string userName, DateTimeOffset at) =>
        _audit.Insert(new ChecklistTickAudit { PracticeId = practiceId, TaskId = taskId, Ticked = ticked, ByUserId = userId, ByName = userName, At = at });
}
