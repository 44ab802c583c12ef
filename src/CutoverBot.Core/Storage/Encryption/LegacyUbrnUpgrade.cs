using CutoverBot.Core.Entries;
using LiteDB;

namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// Once per database, at opening: entries stored while the UBRN was kept in plain beside the sealed details are saved
/// again, which seals it with them, and audit records of edits that quoted a UBRN's old and new values lose the values
/// (the record still says the UBRN changed). Marked done in LiteDB's user version, so later openings skip it.
/// </summary>
internal static class LegacyUbrnUpgrade
{
    /// <summary>The user version of a database whose UBRNs are all sealed and out of the audit trail.</summary>
    public const int SealedVersion = 1;

    private const string EntriesCollection = EntryStore.Collection;
    private const string AuditCollection = AuditStore.Collection;

    /// <summary>Returns how many entries were sealed; entries under a key not in the ring are left for rotate-key, and the upgrade is tried again next time.</summary>
    public static int Run(LiteDatabase database, KeyRing keys)
    {
        if (database.UserVersion >= SealedVersion) return 0;
        var raw = database.GetCollection(EntriesCollection);
        var typed = database.GetCollection<Entry>(EntriesCollection);
        var sealedCount = 0;
        var left = 0;
        if (!database.BeginTrans()) throw new InvalidOperationException("A transaction is already open on this thread.");
        try
        {
            foreach (var doc in raw.FindAll().Where(HasPlainUbrn).ToList())
            {
                if (PatientEnvelope.KeyIdOf(doc[EntryDocumentCodec.PatientField]) is { } keyId && keys.Find(keyId) is null)
                {
                    left++;
                    continue;
                }
                // Reading opens the details; writing seals them again, with the UBRN inside.
                typed.Update(typed.FindById(doc["_id"]));
                sealedCount++;
            }
            ScrubAudit(database.GetCollection(AuditCollection));
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }
        if (left == 0) database.UserVersion = SealedVersion;
        return sealedCount;
    }

    /// <summary>True when the stored entry still has its UBRN beside the sealed details.</summary>
    public static bool HasPlainUbrn(BsonDocument doc) =>
        doc.TryGetValue(EntryDocumentCodec.UbrnField, out var ubrn) && !ubrn.IsNull;

    private static void ScrubAudit(ILiteCollection<BsonDocument> audit)
    {
        foreach (var record in audit.FindAll().Where(QuotesUbrn).ToList())
        {
            foreach (var change in UbrnChanges(record))
            {
                change.Remove(nameof(AuditChange.Old));
                change.Remove(nameof(AuditChange.New));
                change[nameof(AuditChange.IsPatientField)] = true;
            }
            audit.Update(record);
        }
    }

    private static bool QuotesUbrn(BsonDocument record) =>
        UbrnChanges(record).Any(c => !c[nameof(AuditChange.Old)].IsNull || !c[nameof(AuditChange.New)].IsNull);

    private static IEnumerable<BsonDocument> UbrnChanges(BsonDocument record) =>
        record.TryGetValue(nameof(AuditRecord.Changes), out var changes) && changes.IsArray
            ? changes.AsArray.Where(c => c.IsDocument && c.AsDocument[nameof(AuditChange.Field)] == EntryFields.Ubrn).Select(c => c.AsDocument)
            : [];
}
