using CutoverBot.Core.Entries;
using LiteDB;

namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// Re-seals everything in the database under the current key: entries' patient details (including plain ones written
/// before encryption) and every sealed value in any other collection. One transaction: if any record cannot be opened
/// with the keys given, nothing is changed.
/// </summary>
public sealed class KeyRotation(CutoverDatabase db)
{
    private const string EntriesCollection = EntryStore.Collection;

    public RotationReport Run()
    {
        var current = db.Keys.Current.Id;
        int resealed = 0, firstTime = 0, already = 0, values = 0;
        if (!db.Database.BeginTrans()) throw new InvalidOperationException("A transaction is already open on this thread.");
        try
        {
            var typed = db.Collection<Entry>(EntriesCollection);
            var stored = db.Database.GetCollection(EntriesCollection).FindAll()
                .Select(d => (Id: d["_id"], KeyId: PatientEnvelope.KeyIdOf(d[EntryDocumentCodec.PatientField]), PlainUbrn: LegacyUbrnUpgrade.HasPlainUbrn(d)))
                .ToList();
            foreach (var (id, keyId, plainUbrn) in stored)
            {
                // A UBRN still beside the details (a key was missing when the database was opened) is sealed in with them.
                if (keyId == current && !plainUbrn)
                {
                    already++;
                    continue;
                }
                // Reading opens the details under their old key (or fails loudly); writing seals them under the current one.
                typed.Update(typed.FindById(id));
                if (keyId is null) firstTime++;
                else resealed++;
            }
            foreach (var name in db.Database.GetCollectionNames().Where(n => n != EntriesCollection).ToList())
                values += ResealCollection(db.Database.GetCollection(name));
            db.Database.Commit();
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
        // Every UBRN is sealed now: finish the upgrade the opening could not (its audit part, and marking it done).
        LegacyUbrnUpgrade.Run(db.Database, db.Keys);
        return new RotationReport(current, resealed, firstTime, already, values);
    }

    private int ResealCollection(ILiteCollection<BsonDocument> collection)
    {
        var count = 0;
        foreach (var doc in collection.FindAll().ToList())
        {
            var changed = Reseal(doc);
            if (changed == 0) continue;
            collection.Update(doc);
            count += changed;
        }
        return count;
    }

    // Sealed byte values and stand-alone sealed patient details under another key are re-sealed in place.
    private int Reseal(BsonDocument doc) => SealedValueWalk.Reseal(doc, value =>
    {
        var current = db.Keys.Current.Id;
        if (value.IsBinary && SealedBytes.TryReadKeyId(value.AsBinary, out var keyId, out _))
            return keyId == current ? (value, 0) : (new BsonValue(db.Protect(db.Unprotect(value.AsBinary))), 1);
        if (PatientEnvelope.KeyIdOf(value) is not { } patientKey) return null;
        if (patientKey == current) return (value, 0);
        var patient = db.Mapper.Deserialize<PatientDetails>(value);
        return (db.Mapper.Serialize(typeof(PatientDetails), patient), 1);
    });
}
