
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Entries;

/// <summary>
/// Records each showing of patient details and each export: one record per view (the references shown, never a
/// value), so a busy practice's trail stays small. The router calls <see cref="Shown"/> with every card it answers
/// with, so a new command that shows an entry card is audited without remembering to be.
/// </summary>
public sealed class AuditTrail(IAuditStore audit, TimeProvider time)
{
    /// <summary>The user or process a purge is recorded against.</summary>
    public const string SystemUserId = "cutoverbot";
    public const string SystemUserName = "CutoverBot (retention)";

    /// <summary>Writes a Viewed record per practice for the cards among these that carry patient details.</summary>
    public void Shown(ChatUser by, string surface, IEnumerable<CardReply?> cards)
    {
        var shown = cards.SelectMany(AuditViews.EntriesOn).ToList();
        foreach (var practice in shown.GroupBy(s => s.PracticeId))
            Viewed(by, practice.Key, surface, practice.DistinctBy(s => (s.EntryId, s.Reference)).ToList());
    }

    /// <summary>
    /// A search by NHS number. Recorded even when nothing matched: looking a patient up is itself an access, and the
    /// answer ties the patient to the references listed. The number searched for is never recorded.
    /// </summary>
    public void Searched(ChatUser by, string practiceId, IReadOnlyList<Entry> found) =>
        Viewed(by, practiceId, "find", found.Select(e => new ShownEntry(practiceId, e.Id, e.Reference)).ToList());

    /// <summary>Other entries' patient names shown in a warning: the same NHS number logged under another name.</summary>
    public void ShownInWarning(ChatUser by, string practiceId, IReadOnlyList<Entry> shown) =>
        Viewed(by, practiceId, "nhs number check", shown.Select(e => new ShownEntry(practiceId, e.Id, e.Reference)).ToList());

    private void Viewed(ChatUser by, string practiceId, string surface, IReadOnlyList<ShownEntry> items) =>
        Add(new AuditRecord
        {
            Action = AuditAction.Viewed,
            PracticeId = practiceId,
            EntryId = items.Count == 1 ? items[0].EntryId : Guid.Empty,
            Reference = items.Count == 1 ? items[0].Reference : "",
            References = items.Select(i => i.Reference).Where(r => r.Length > 0).ToList(),
            Count = items.Count,
            Surface = surface,
        }, by.Id, by.Name);

    /// <summary>One record for a file (or files) of a practice's entries handed to someone.</summary>
    public void Exported(ChatUser by, string practiceId, string surface, IReadOnlyList<Entry> entries, IEnumerable<string> fileNames) =>
        Add(new AuditRecord
        {
            Action = AuditAction.Exported,
            PracticeId = practiceId,
            References = entries.Select(e => e.Reference).ToList(),
            Count = entries.Count,
            Surface = surface,
            Changes = fileNames.Select(f => new AuditChange { Field = "file", New = f }).ToList(),
        }, by.Id, by.Name);

    /// <summary>A setting that governs patient data changed (retention days, whether guests may tick).</summary>
    public void SettingChanged(ChatUser by, string practiceId, string setting, string? old, string? @new) =>
        Add(new AuditRecord
        {
            Action = AuditAction.SettingChanged,
            PracticeId = practiceId,
            Surface = setting,
            Changes = [new AuditChange { Field = setting, Old = old, New = @new }],
        }, by.Id, by.Name);

    /// <summary>A retention purge of one practice, by counts and references.</summary>
    public void Purged(string practiceId, IReadOnlyList<string> references, int retentionDays, int pendingFiles) =>
        Add(new AuditRecord
        {
            Action = AuditAction.Purged,
            PracticeId = practiceId,
            References = references.Where(r => r.Length > 0).ToList(),
            Count = references.Count,
            Surface = "retention",
            Changes =
            [
                new AuditChange { Field = "retentionDays", New = retentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new AuditChange { Field = "pendingFiles", New = pendingFiles.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ],
        }, SystemUserId, SystemUserName);

    /// <summary>
    /// The retention purge of held entries (no practice, so no reference): one record per entry, found by its id, so
    /// each can still be accounted for.
    /// </summary>
    public void HeldPurged(IReadOnlyList<Entry> entries, int retentionDays)
    {
        foreach (var entry in entries)
        {
            Add(new AuditRecord
            {
                Action = AuditAction.Purged,
                EntryId = entry.Id,
                Count = 1,
                Surface = "retention (held entry)",
                Changes = [new AuditChange { Field = "retentionDays", New = retentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture) }],
            }, SystemUserId, SystemUserName);
        }
    }

    private void Add(AuditRecord record, string userId, string userName)
    {
        record.UserId = userId;
        record.UserName = userName;
        record.At = time.GetUtcNow();
        audit.Add(record);
    }
}
