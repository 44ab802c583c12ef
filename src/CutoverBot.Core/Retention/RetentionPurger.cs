using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Retention;

/// <summary>
/// Removes the patient details of every practice whose retention period after go-live has ended. An entry keeps its
/// reference, kind, dates, author and status, so the go-live counts still add up; only <see cref="Entry.Patient"/> and
/// the UBRN go. Entries held for someone on no practice's roster, which no practice oversees, go the same number of
/// days after they were logged. Runs again harmlessly, also on two instances at once: an entry already purged is not
/// purged or audited again.
/// </summary>
public sealed class RetentionPurger(IPracticeStore practices, IEntryStore entries, AuditTrail trail, TimeProvider time)
{
    private readonly PracticeResolver _resolver = new(practices);

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
        // Only the entries this call purged: another instance purging at the same moment lists the others.
        foreach (var entry in entries.NotPurged(practice.Id))
        {
            if (entries.Purge(entry, now)) purged.Add(entry.Reference);
        }
        var days = RetentionPolicy.DaysFor(practice, defaultDays);
        if (purged.Count > 0 || files > 0) trail.Purged(practice.Id, purged, days, files);
        return new PurgeResult(practice.Id, purged.Count, files, days);
    }

    /// <summary>
    /// Purges held entries (logged before the bot knew the author's practice) whose author is still on no practice's
    /// roster, <paramref name="defaultDays"/> after each was logged; returns how many. Someone who is staff somewhere
    /// keeps theirs: they are filed into the practice at their next message.
    /// </summary>
    public int PurgeHeld(int defaultDays)
    {
        var today = LondonTime.Today(time);
        var now = time.GetUtcNow();
        var due = entries.HeldNotPurged()
            .Where(e => RetentionPolicy.HeldPurgeOn(e, defaultDays) <= today)
            .GroupBy(e => e.AuthorId)
            .Where(author => _resolver.StaffPractices(author.Key).Count == 0)
            .SelectMany(author => author)
            .Where(entry => entries.Purge(entry, now))
            .ToList();
        if (due.Count > 0) trail.HeldPurged(due, defaultDays);
        return due.Count;
    }
}
