using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Checklist;

/// <summary>Checklist ticks and their audit in the LiteDB file (see <see cref="IChecklistTickStore"/>).</summary>
public sealed class ChecklistTickStore : IChecklistTickStore
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

    /// <inheritdoc />
    public ChecklistTick Tick(string practiceId, string taskId, string userId, string userName, DateOnly? day = null)
    {
        var existing = Find(practiceId, taskId, day);
        if (existing is not null) return existing;
        var tick = new ChecklistTick
        {
            Id = ChecklistTick.KeyFor(practiceId, taskId, day),
            PracticeId = practiceId,
            TaskId = taskId.ToLowerInvariant(),
            Day = day,
            ByUserId = userId,
            ByName = userName,
            At = _time.GetUtcNow(),
        };
        _ticks.Upsert(tick);
        Record(tick.PracticeId, tick.TaskId, day, true, userId, userName, tick.At);
        return tick;
    }

    /// <inheritdoc />
    public bool Untick(string practiceId, string taskId, string userId, string userName, DateOnly? day = null)
    {
        if (!_ticks.Delete(ChecklistTick.KeyFor(practiceId, taskId, day))) return false;
        Record(practiceId, taskId.ToLowerInvariant(), day, false, userId, userName, _time.GetUtcNow());
        return true;
    }

    public ChecklistTick? Find(string practiceId, string taskId, DateOnly? day = null) => _ticks.FindById(ChecklistTick.KeyFor(practiceId, taskId, day));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, ChecklistTick> ForPractice(string practiceId) =>
        _ticks.Find(t => t.PracticeId == practiceId).ToDictionary(t => ChecklistTick.TaskKey(t.TaskId, t.Day), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IReadOnlyList<ChecklistTickAudit> History(string practiceId) =>
        _audit.Find(a => a.PracticeId == practiceId).OrderBy(a => a.At).ToList();

    private void Record(string practiceId, string taskId, DateOnly? day, bool ticked, string userId, string userName, DateTimeOffset at) =>
        _audit.Insert(new ChecklistTickAudit { PracticeId = practiceId, TaskId = taskId, Day = day, Ticked = ticked, ByUserId = userId, ByName = userName, At = at });
}
