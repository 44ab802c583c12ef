using LiteDB;

namespace CutoverBot.Core.Entries.PostgreSql.Copy;

/// <summary>Field values of a stored LiteDB document as the PostgreSQL stores write their columns.</summary>
internal static class BsonFields
{
    public static string Text(BsonDocument doc, string field) => doc.TryGetValue(field, out var value) && value.IsString ? value.AsString : "";

    public static object? TextOrNull(BsonDocument doc, string field) => doc.TryGetValue(field, out var value) && value.IsString ? value.AsString : null;

    public static bool Flag(BsonDocument doc, string field) => doc.TryGetValue(field, out var value) && value.IsBoolean && value.AsBoolean;

    public static int Number(BsonDocument doc, string field) => doc.TryGetValue(field, out var value) && value.IsNumber ? value.AsInt32 : 0;

    public static Guid Id(BsonDocument doc, string field) => doc.TryGetValue(field, out var value) && value.IsGuid ? value.AsGuid : Guid.Empty;

    /// <summary>An instant as UTC (LiteDB hands dates back in local time).</summary>
    public static object? Instant(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && value.IsDateTime ? DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc) : null;

    /// <summary>A London date, which the mapper stores as yyyy-MM-dd.</summary>
    public static object? Date(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && value.IsString ? DateOnly.ParseExact(value.AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The document as the PostgreSQL stores keep it: LiteDB's bytes without the _id, which is a column.</summary>
    public static byte[] WithoutId(BsonDocument doc)
    {
        var copy = new BsonDocument();
        foreach (var element in doc.Where(e => e.Key != "_id")) copy[element.Key] = element.Value;
        return BsonSerializer.Serialize(copy);
    }
}
