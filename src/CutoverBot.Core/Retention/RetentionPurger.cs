using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Retention;

/// <summary>
/// Removes the patient details of every practice whose retention period after go-live has ended. An entry keeps its
/// reference, kind, dates, author and status, so the go-live counts still add up; only <see cref="Entry.Patient"/> goes.
/// Runs again harmlessly: an entry already purged is not read again.
/// </summary>
public sealed class RetentionPurger(PracticeStore practices, EntryStore entries, AuditTrail trail, TimeProvider time)
{
    /// <summary>
    /// Purges every practice that is due. <paramref name="removeFiles"/> deletes the practice's files still waiting to
    /// be accepted and says how many; it runs whether or not any entry needed purging.
    /// </summary>
    public IReadOnlyList<PurgeResult> PurgeDue(int defaultDays, Func<string, int> removeFiles)
    {
        var today = LondonTime.Today(time);
        var results = new List<PurgeResult>();
        foreach (var practice in practices.All().Where(p => RetentionPolicy.IsDue(p, defaultDays, today)))
        {
            var result = Purge(practice, defaultDays, removeFiles);
            if (result.Entries > 0 || result.Files > 0) results.Add(result);
        }
        return results;
    }

    private PurgeResult Purge(Practice practice, int defaultDays, Func<string, int> removeFiles)
    {
        var files = removeFiles(practice.Id);
        var now = time.GetUtcNow();
        var purged = new List<string>();
        foreach (var entry in entries.NotPurged(practice.Id))
        {
            entry.Patient = new PatientDetails();
            entry.PatientPurgedAt = now;
            entries.Update(entry);
            purged.Add(entry.Reference);
        }
        var days = RetentionPolicy.DaysFor(practice, defaultDays);
        if (purged.Count > 0 || files > 0) trail.Purged(practice.Id, purged, days, files);
        return new PurgeResult(practice.Id, purged.Count, files, days);
    }
}
