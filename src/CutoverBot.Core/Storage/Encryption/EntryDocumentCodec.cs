using CutoverBot.Core.Entries;
using LiteDB;

namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// How an <see cref="Entry"/> is stored: every field as LiteDB maps it, except the patient details, which are sealed
/// with the entry's id in the associated data (so they cannot be moved to another entry), and a blind index of the NHS
/// number beside them. Registered on the database's mapper, so every store reading entries gets them opened.
/// </summary>
internal sealed class EntryDocumentCodec(KeyRing keys, BsonMapper plain)
{
    public const string PatientField = nameof(Entry.Patient);
    public const string IndexField = "NhsNumberIndex";

    public BsonValue Serialize(Entry entry)
    {
        var doc = plain.ToDocument(entry);
        var patient = entry.Patient ?? new PatientDetails();
        doc[PatientField] = PatientEnvelope.Seal(keys.Current, plain, patient, PatientEnvelope.EntryKind, Owner(entry.Id));
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
            doc[PatientField] = PatientEnvelope.Open(keys, patient, PatientEnvelope.EntryKind, Owner(id));
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
        return new EntryOutline(e.Id, e.Reference, e.Category, e.Status, e.OccurredOn, e.Ubrn, e.PrescriptionChannel, e.AuthorId, e.AuthorName, e.LoggedAt,
            EntryCompleteness.Missing(e.Category, hasName.AsBoolean, hasDob.AsBoolean, e.OccurredOn, e.Ubrn));
    }

    /// <summary>The blind index values this NHS number can have in a practice: one per key, as entries not yet rotated still carry an older key's.</summary>
    public IReadOnlyList<string> IndexValues(string practiceId, string nhsDigits) =>
        keys.All.Select(k => BlindIndex.Compute(k, practiceId, nhsDigits)).Distinct().ToList();

    private static string Owner(Guid entryId) => entryId.ToString("N");
}
