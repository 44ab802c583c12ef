using CutoverBot.Core.Storage.PostgreSql;

namespace CutoverBot.Core.Checklist.PostgreSql;

/// <summary>
/// Checklist ticks and their audit on the shared server. A tick is a conditional insert on the task's key, so two
/// instances ticking at once leave one tick (the first; the other is handed it back), and an untick is a delete that
/// says whether it removed anything; each change is written with its audit record in one transaction.
/// </summary>
public sealed class PostgresChecklistTickStore : IChecklistTickStore
{
    private readonly PostgresDatabase _db;
    private readonly TimeProvider _time;

    public PostgresChecklistTickStore(PostgresDatabase db, TimeProvider time)
    {
        _db = db;
        _time = time;
        db.Prepare<ChecklistTick>();
        db.Prepare<ChecklistTickAudit>();
    }

    /// <inheritdoc />
    public ChecklistTick Tick(string practiceId, string taskId, string userId, string userName, DateOnly? day = null)
    {
        if (Find(practiceId, taskId, day) is { } existing) return existing;
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
        var kept = true;
        _db.InTransaction(() =>
        {
            kept = _db.Execute("INSERT INTO cutover.checklist_ticks (id, practice_id, document) VALUES (@a, @b, @c) ON CONFLICT (id) DO NOTHING",
                tick.Id, tick.PracticeId, _db.ToBytes(tick)) == 1;
            // As on LiteDB: a click that found the task open is recorded, even when another instance's tick got in first.
            Record(tick.PracticeId, tick.TaskId, day, true, userId, userName, tick.At);
        });
        return kept ? tick : Find(practiceId, taskId, day) ?? tick;
    }

    /// <inheritdoc />
    public bool Untick(string practiceId, string taskId, string userId, string userName, DateOnly? day = null)
    {
        var removed = false;
        _db.InTransaction(() =>
        {
            removed = _db.Execute("DELETE FROM cutover.checklist_ticks WHERE id = @a", ChecklistTick.KeyFor(practiceId, taskId, day)) == 1;
            if (removed) Record(practiceId, taskId.ToLowerInvariant(), day, false, userId, userName, _time.GetUtcNow());
        });
        return removed;
    }

    public ChecklistTick? Find(string practiceId, string taskId, DateOnly? day = null) =>
        _db.Records<ChecklistTick>("SELECT id, document FROM cutover.checklist_ticks WHERE id = @a", ChecklistTick.KeyFor(practiceId, taskId, day)).SingleOrDefault();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, ChecklistTick> ForPractice(string practiceId) =>
        _db.Records<ChecklistTick>("SELECT id, document FROM cutover.checklist_ticks WHERE practice_id = @a", practiceId)
            .ToDictionary(t => ChecklistTick.TaskKey(t.TaskId, t.Day), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IReadOnlyList<ChecklistTickAudit> History(string practiceId) =>
        _db.Records<ChecklistTickAudit>("SELECT id, document FROM cutover.checklist_tick_audit WHERE practice_id = @a ORDER BY at, seq", practiceId);

    private void Record(string practiceId, string taskId, DateOnly? day, bool ticked, string userId, string userName, DateTimeOffset at)
    {
        var record = new ChecklistTickAudit { PracticeId = practiceId, TaskId = taskId, Day = day, Ticked = ticked, ByUserId = userId, ByName = userName, At = at };
        // Milliseconds, as the document (and LiteDB) keeps them, so records of one instant order by writing.
        _db.Execute("INSERT INTO cutover.checklist_tick_audit (id, practice_id, at, document) VALUES (@a, @b, date_trunc('milliseconds', @c), @d)",
            record.Id, record.PracticeId, at.UtcDateTime, _db.ToBytes(record));
    }
}
