using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage;

namespace CutoverBot.Core.Entries;

/// <summary>Creates, assigns, changes and removes entries, writing the audit trail for each.</summary>
public sealed class EntryRecorder(IEntryStore entries, IAuditStore audit, IReferenceCounterStore counters, TimeProvider time)
{
    /// <summary>
    /// Saves a quick entry at once. <paramref name="practiceId"/> empty means held: saved for the author without a
    /// practice or reference until the bot knows which practice it belongs to. <paramref name="alongside"/> (the
    /// message's taken-in mark) is written in the same save.
    /// </summary>
    public Entry Record(ParsedEntry parsed, ChatUser author, string practiceId, bool inChannel, Action? alongside = null) =>
        Record(parsed, author, practiceId, inChannel, alongside is null ? null : _ => alongside());

    /// <summary>As above, with a write that needs the new entry (its id) kept in the same save.</summary>
    public Entry Record(ParsedEntry parsed, ChatUser author, string practiceId, bool inChannel, Action<Entry>? alongside)
    {
        var entry = new Entry
        {
            PracticeId = practiceId,
            Category = parsed.Category,
            Patient = new PatientDetails
            {
                Name = Blank(parsed.PatientName),
                DateOfBirth = parsed.DateOfBirth,
                NhsNumber = parsed.NhsNumberFailedCheck ? null : Blank(parsed.NhsNumber),
                Text = Blank(parsed.Text),
            },
            OccurredOn = parsed.OccurredOn,
            Ubrn = Blank(parsed.Ubrn),
            PrescriptionChannel = parsed.PrescriptionChannel,
            AuthorId = author.Id,
            AuthorName = author.Name,
            LoggedAt = time.GetUtcNow(),
            LoggedInChannel = inChannel,
        };
        try
        {
            // One transaction: the entry with its reference, its Created record and the taken-in mark are kept
            // together, so a crash can no longer leave an entry unnumbered or a redelivered message stored twice.
            entries.InsertWith(entry,
                before: () => entry.Reference = practiceId.Length > 0 ? NextReference(entry) : "",
                after: () =>
                {
                    Write(entry, AuditAction.Created, author, []);
                    alongside?.Invoke(entry);
                });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not Intake.MessageTakenInElsewhereException)
        {
            // Nothing of that transaction was kept. Save the entry on its own first, as the slow path always did,
            // so whatever made the whole fail can at worst cost its reference or audit record, never the entry.
            entry.Reference = "";
            entries.Insert(entry);
            if (practiceId.Length > 0) GiveReference(entry);
            Write(entry, AuditAction.Created, author, []);
            alongside?.Invoke(entry);
        }
        return entry;
    }

    /// <summary>
    /// Moves a held entry into a practice and gives it that practice's next reference; false when it was in a practice
    /// already (another instance may have filed it at the same moment).
    /// </summary>
    public bool AssignToPractice(Entry entry, string practiceId, ChatUser by)
    {
        if (entry.PracticeId.Length > 0) return false;
        return entries.Number(entry, () =>
        {
            entry.PracticeId = practiceId;
            entry.Reference = NextReference(entry);
            Write(entry, AuditAction.AssignedToPractice, by,
                [new AuditChange { Field = EntryFields.Practice, Old = null, New = practiceId },
                 new AuditChange { Field = EntryFields.Reference, Old = null, New = entry.Reference }]);
        });
    }

    /// <summary>Applies a validated correction; returns the fields that changed (none: nothing written).</summary>
    public IReadOnlyList<AuditChange> ApplyEdit(Entry entry, EntryEdit edit, ChatUser by)
    {
        var changes = edit.ApplyTo(entry);
        if (changes.Count == 0) return changes;
        entries.Update(entry);
        Write(entry, AuditAction.Edited, by, changes);
        return changes;
    }

    /// <summary>Soft-deletes (delete or undo); the record stays for the audit trail.</summary>
    public void Remove(Entry entry, ChatUser by, AuditAction action)
    {
        entries.SoftDelete(entry);
        Write(entry, action, by, []);
    }

    /// <summary>
    /// Finishes entries a stopped process saved but never numbered (killed between the insert and the reference):
    /// each gets its practice's next reference and the Created record it missed. Run at start-up; returns how many
    /// this call numbered (an instance starting at the same moment numbers the others).
    /// </summary>
    public int NumberUnfinished()
    {
        var numbered = 0;
        foreach (var entry in entries.Unnumbered())
        {
            var done = entries.Number(entry, () =>
            {
                entry.Reference = NextReference(entry);
                Write(entry, AuditAction.Created, new ChatUser(entry.AuthorId, entry.AuthorName), []);
            });
            if (done) numbered++;
        }
        return numbered;
    }

    private void GiveReference(Entry entry)
    {
        entry.Reference = NextReference(entry);
        entries.Update(entry);
    }

    private string NextReference(Entry entry) => counters.NextReference(entry.PracticeId, EntryCategoryInfo.For(entry.Category).ReferencePrefix);

    private void Write(Entry entry, AuditAction action, ChatUser by, List<AuditChange> changes) =>
        audit.Add(new AuditRecord
        {
            EntryId = entry.Id,
            PracticeId = entry.PracticeId,
            Reference = entry.Reference,
            Action = action,
            UserId = by.Id,
            UserName = by.Name,
            At = time.GetUtcNow(),
            Changes = changes,
        });

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
