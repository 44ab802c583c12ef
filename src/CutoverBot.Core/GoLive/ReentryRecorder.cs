using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.GoLive;

/// <summary>Records that an entry was re-entered into the new system, or is not needed: who, when, why, with an audit record.</summary>
public sealed class ReentryRecorder(IEntryStore entries, IAuditStore audit, TimeProvider time)
{
    /// <summary>Longest reason kept for "not needed".</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Marks a pending entry re-entered; false (nothing written) when it was already done.</summary>
    public bool Confirm(Entry entry, ChatUser by) => Set(entry, EntryStatus.Reentered, null, by);

    /// <summary>Marks a pending entry not needed with the reason given; false (nothing written) when it was already done.</summary>
    public bool MarkNotNeeded(Entry entry, string reason, ChatUser by) => Set(entry, EntryStatus.NotNeeded, reason.Trim(), by);

    /// <summary>Confirms the user's own pending entries in a practice; returns how many.</summary>
    public int ConfirmAll(string practiceId, ChatUser user) =>
        entries.ForPractice(practiceId)
            .Where(e => e.AuthorId == user.Id && e.Status == EntryStatus.Pending)
            .Count(e => Confirm(e, user));

    /// <summary>"You have 3 left to re-enter." (counts only: this may be said in a channel).</summary>
    public string ProgressText(string practiceId, ChatUser user)
    {
        var left = entries.KeysForPractice(practiceId).Count(e => e.AuthorId == user.Id && e.Status == EntryStatus.Pending);
        return left switch { 0 => "All yours are done. Thank you.", 1 => "You have 1 left to re-enter.", _ => $"You have {left} left to re-enter." };
    }

    /// <summary>"re-entered by Sam Reception on Tue 8 Dec 2026", for telling someone it was already done.</summary>
    public static string DoneText(Entry entry)
    {
        var what = entry.Status == EntryStatus.NotNeeded ? "marked not needed" : "re-entered";
        var who = entry.ReenteredBy is { Length: > 0 } name ? " by " + name : "";
        var when = entry.ReenteredAt is { } at ? " on " + UkFormat.LongDate(DateOnly.FromDateTime(LondonTime.ToLondon(at).DateTime)) : "";
        return what + who + when;
    }

    private bool Set(Entry entry, EntryStatus status, string? reason, ChatUser by)
    {
        if (entry.Status != EntryStatus.Pending) return false;
        var now = time.GetUtcNow();
        var before = (entry.Status, entry.Patient.NotNeededReason, entry.ReenteredBy, entry.ReenteredById, entry.ReenteredAt);
        entry.Status = status;
        entry.Patient.NotNeededReason = reason;
        entry.ReenteredBy = by.Name;
        entry.ReenteredById = by.Id;
        entry.ReenteredAt = now;
        if (!entries.UpdateIfStatus(entry, EntryStatus.Pending))
        {
            // Someone else got there first: the caller says so with what they did.
            (entry.Status, entry.Patient.NotNeededReason, entry.ReenteredBy, entry.ReenteredById, entry.ReenteredAt) = before;
            if (entries.Find(entry.Id) is { } stored)
                (entry.Status, entry.ReenteredBy, entry.ReenteredById, entry.ReenteredAt) = (stored.Status, stored.ReenteredBy, stored.ReenteredById, stored.ReenteredAt);
            return false;
        }
        var changes = new List<AuditChange>
        {
            new() { Field = "status", Old = EntryCsvWriter.Status(EntryStatus.Pending), New = EntryCsvWriter.Status(status) },
        };
        // The reason is free text that may name a patient, so the audit says it was given, never what it says.
        if (reason is not null) changes.Add(new AuditChange { Field = "statusReason", IsPatientField = true });
        audit.Add(new AuditRecord
        {
            EntryId = entry.Id,
            PracticeId = entry.PracticeId,
            Reference = entry.Reference,
            Action = status == EntryStatus.Reentered ? AuditAction.Reentered : AuditAction.MarkedNotNeeded,
            UserId = by.Id,
            UserName = by.Name,
            At = now,
            Changes = changes,
        });
        return true;
    }
}
