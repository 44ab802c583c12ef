using CutoverBot.Core.Entries;
using LiteDB;

namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// <see cref="PatientDetails"/> as stored: <c>{ v: 1, k: key id, n: nonce, c: ciphertext + tag }</c>, the plaintext
/// being the details as a BSON document. A plain details document (written before encryption) is still read.
/// </summary>
internal static class PatientEnvelope
{
    public const string EntryKind = "entry's patient details";
    public const string StandaloneKind = "patient details";

    public static BsonDocument Seal(DataKey key, BsonMapper plain, PatientDetails patient, string kind, string? owner) =>
        Seal(key, plain.ToDocument(patient), kind, owner);

    /// <summary>Seals a details document that may carry more than <see cref="PatientDetails"/> (an entry's UBRN).</summary>
    public static BsonDocument Seal(DataKey key, BsonDocument details, string kind, string? owner)
    {
        var plaintext = BsonSerializer.Serialize(details);
        var (nonce, cipher) = RecordCipher.Seal(key, plaintext, kind, owner);
        return new BsonDocument { ["v"] = 1, ["k"] = key.Id, ["n"] = nonce, ["c"] = cipher };
    }

    public static bool IsSealed(BsonValue value) =>
        value.IsDocument && value.AsDocument.TryGetValue("c", out var c) && c.IsBinary && value.AsDocument.ContainsKey("k");

    /// <summary>The key id of a sealed value; null when the value is a plain (legacy) details document.</summary>
    public static string? KeyIdOf(BsonValue value) => IsSealed(value) ? value.AsDocument["k"].AsString : null;

    /// <summary>The plain details document inside a sealed value; a plain document is returned as it is.</summary>
    public static BsonDocument Open(KeyRing keys, BsonValue value, string kind, string? owner)
    {
        if (!IsSealed(value)) return value.AsDocument;
        var sealedDoc = value.AsDocument;
        if (sealedDoc["v"] != 1 || !sealedDoc["k"].IsString || !sealedDoc["n"].IsBinary)
            throw new SealedDataException($"A stored {kind} is in a format this version of CutoverBot does not read.");
        var plaintext = RecordCipher.Open(keys, sealedDoc["k"].AsString, sealedDoc["n"].AsBinary, sealedDoc["c"].AsBinary, kind, owner);
        return BsonSerializer.Deserialize(plaintext);
    }
}
