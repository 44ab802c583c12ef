using LiteDB;

namespace CutoverBot.Core.Entries;

/// <summary>
/// Non-identifying fields stored beside each entry. LiteDB uses one index per query, so "the live entries of this
/// practice" through the PracticeId index also read its deleted ones, and "pending" through the Status index read
/// every practice's: the practice-and-state key finds exactly the live ones. Presence flags say which patient details
/// an entry has (never what they are), so outlines and counts of missing details need not decrypt anything.
/// Every save writes them (<see cref="Write"/>); the practice-and-state keys of entries saved before they existed
/// are filled in once on opening.
/// </summary>
internal static class EntryLookupFields
{
    /// <summary>practice id | live status ("Pending", "Reentered", "NotNeeded") or "Deleted".</summary>
    public const string PracticeState = "PracticeState";
    public const string HasName = "HasName";
    public const string HasDateOfBirth = "HasDateOfBirth";
    public const string HasNhsNumber = "HasNhsNumber";
    public const string HasUbrn = "HasUbrn";

    public static string StateKey(string practiceId, string state) => practiceId + "|" + state;

    public static void Write(BsonDocument doc, Entry entry, PatientDetails patient)
    {
        doc[PracticeState] = StateKey(entry.PracticeId, entry.Deleted ? "Deleted" : entry.Status.ToString());
        doc[HasName] = !string.IsNullOrWhiteSpace(patient.Name);
        doc[HasDateOfBirth] = patient.DateOfBirth is not null;
        doc[HasNhsNumber] = !string.IsNullOrEmpty(patient.NhsNumber);
        doc[HasUbrn] = !string.IsNullOrWhiteSpace(entry.Ubrn);
    }

    /// <summary>Creates the index and fills the practice-and-state keys of entries saved before them (not the presence flags: those need the key; readers fall back).</summary>
    public static void Prepare(LiteDatabase database)
    {
        var raw = database.GetCollection(EntryStore.Collection);
        raw.EnsureIndex(PracticeState, "$." + PracticeState);
        var old = raw.Find(Query.EQ(PracticeState, BsonValue.Null)).ToList();
        foreach (var doc in old)
        {
            var practiceId = doc["PracticeId"].IsString ? doc["PracticeId"].AsString : "";
            var deleted = doc["Deleted"].IsBoolean && doc["Deleted"].AsBoolean;
            var status = doc["Status"].IsString ? doc["Status"].AsString : nameof(EntryStatus.Pending);
            doc[PracticeState] = StateKey(practiceId, deleted ? "Deleted" : status);
            raw.Update(doc);
        }
    }
}
