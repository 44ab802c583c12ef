using LiteDB;
using CutoverBot.Core.Storage.Encryption;

namespace CutoverBot.Core.Entries;

/// <summary>
/// How an <see cref="Entry"/> is stored: every field as LiteDB maps it, except the patient details and the UBRN (which
/// identifies the patient's referral as surely as an NHS number), sealed together with the entry's id in the associated
/// data (so they cannot be moved to another entry), and a blind index of the NHS number beside them. Registered on the
/// database's mapper, so every store reading entries gets them opened. An entry stored before the UBRN was sealed keeps
/// it in plain beside the details until it is next saved (<see cref="LegacyUbrnUpgrade"/> does that at start-up).
/// </summary>
internal sealed class EntryDocumentCodec(KeyRing keys, BsonMapper plain)
{
    public const string PatientField = nameof(Entry.Patient);
    public const string IndexField = "NhsNumberIndex";
    /// <summary>The UBRN's name inside the sealed details (and, in entries stored before it was sealed, beside them).</summary>
    public const string UbrnField = nameof(Entry.Ubrn);

    public BsonValue Serialize(Entry entry)
    {
        var doc = plain.ToDocument(entry);
        doc.Remove(UbrnField);
        var patient = entry.Patient ?? new PatientDetails();
        var details = plain.ToDocument(patient);
        if (entry.Ubrn is not null) details[UbrnField] = entry.Ubrn;
        doc[PatientField] = PatientEnvelope.Seal(keys.Current, details, PatientEnvelope.EntryKind, Owner(entry.Id));
        doc[IndexField] = patient.NhsNumber is { Length: > 0 } nhs ? BlindIndex.Compute(keys.Current, entry.PracticeId, nhs) : BsonValue.Null;
        EntryLookupFields.Write(doc, entry, patient);
        return doc;
    }

    public Entry Deserialize(BsonValue value)
    {
        // A copy: the document may be one LiteDB still holds, and the sealed form must stay as it was read.
        var doc = new BsonDocument();
        foreach (var element in value.AsDocument) doc[element.Key] = element.Value;
        if (doc.TryGetValue(PatientField, out var patient) && PatientEnvelope.IsSealed(patient))
        {
            var id = doc.TryGetValue("_id", out var idValue) && idValue.IsGuid ? idValue.AsGuid : Guid.Empty;
            var details = PatientEnvelope.Open(keys, patient, PatientEnvelope.EntryKind, Owner(id));
            // Sealed with the details since it was treated as patient data; an older entry has it beside them instead.
            if (details.TryGetValue(UbrnField, out var ubrn))
            {
                doc[UbrnField] = ubrn;
                details.Remove(UbrnField);
            }
            doc[PatientField] = details;
        }
        return (Entry)plain.ToObject(typeof(Entry), doc);
    }

    /// <summary>
    /// The entry as an outline, without opening its patient details when the stored presence flags answer what is
    /// missing; an entry saved before the flags existed is opened (and is given them the next time it is saved).
    /// </summary>
    public EntryOutline Outline(BsonDocument stored)
    {
        if (!stored.TryGetValue(EntryLookupFields.HasName, out var hasName) || !stored.TryGetValue(EntryLookupFields.HasDateOfBirth, out var hasDob))
            return EntryOutline.Of(Deserialize(stored));
        var doc = new BsonDocument();
        foreach (var element in stored)
            if (element.Key != PatientField) doc[element.Key] = element.Value;
        var e = (Entry)plain.ToObject(typeof(Entry), doc);
        // Entries saved before the flag had the UBRN in plain beside the details, where it is still read.
        var hasUbrn = stored.TryGetValue(EntryLookupFields.HasUbrn, out var flag) && flag.IsBoolean ? flag.AsBoolean : !string.IsNullOrWhiteSpace(e.Ubrn);
        return new EntryOutline(e.Id, e.Reference, e.Category, e.Status, e.OccurredOn, hasUbrn, e.PrescriptionChannel, e.AuthorId, e.AuthorName, e.LoggedAt,
            EntryCompleteness.Missing(e.Category, hasName.AsBoolean, hasDob.AsBoolean, e.OccurredOn, hasUbrn));
    }

    /// <summary>When a stored entry was confirmed re-entered or not needed (a plain field: nothing is opened); null when it was not.</summary>
    public static DateTimeOffset? ReenteredAt(BsonDocument stored) =>
        stored.TryGetValue(nameof(Entry.ReenteredAt), out var at) && at.IsDateTime
            ? new DateTimeOffset(DateTime.SpecifyKind(at.AsDateTime.ToUniversalTime(), DateTimeKind.Utc))
            : null;

    /// <summary>The blind index values this NHS number can have in a practice: one per key, as entries not yet rotated still carry an older key's.</summary>
    public IReadOnlyList<string> IndexValues(string practiceId, string nhsDigits) =>
        keys.All.Select(k => BlindIndex.Compute(k, practiceId, nhsDigits)).Distinct().ToList();

    private static string Owner(Guid entryId) => entryId.ToString("N");
}
