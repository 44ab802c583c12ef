using LiteDB;

namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// The walk key rotation makes through a stored document on either engine. Each value is offered to the engine's
/// re-sealer, which answers with the value to put in its place and how many sealed values that re-sealed, or null for
/// a value it does not seal; documents and arrays are then walked into.
/// </summary>
public static class SealedValueWalk
{
    public static int Reseal(BsonDocument doc, Func<BsonValue, (BsonValue Value, int Changed)?> reseal)
    {
        var count = 0;
        foreach (var key in doc.Keys.ToList())
        {
            var (value, changed) = Visit(doc[key], reseal);
            if (changed > 0) doc[key] = value;
            count += changed;
        }
        return count;
    }

    private static (BsonValue Value, int Changed) Visit(BsonValue value, Func<BsonValue, (BsonValue Value, int Changed)?> reseal)
    {
        if (reseal(value) is { } done) return done;
        if (value.IsDocument) return (value, Reseal(value.AsDocument, reseal));
        if (!value.IsArray) return (value, 0);
        var array = value.AsArray;
        var total = 0;
        for (var i = 0; i < array.Count; i++)
        {
            var (item, changed) = Visit(array[i], reseal);
            if (changed > 0) array[i] = item;
            total += changed;
        }
        return (value, total);
    }
}
