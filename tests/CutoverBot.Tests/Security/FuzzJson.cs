using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CutoverBot.Tests.Security;

/// <summary>Writes generated activities as the wire would carry them, lone surrogates included, and builds odd JSON values.</summary>
internal static class FuzzJson
{
    // Relaxed, so 100 KB of Latin text stays about 100 KB on the wire instead of six bytes a character.
    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 4096 };

    private static readonly string[] Keys =
        ["entryId", "practiceId", "page", "section", "reason", "taskId", "act", "date", "verb", "reference", "summary", "channelId", "managerId", "goLive", "id", "$type", "__proto__", ""];

    public static string Write(JsonNode node) =>
        node.ToJsonString(Wire)
            .Replace(FuzzText.LoneHigh.ToString(), "\\ud800", StringComparison.Ordinal)
            .Replace(FuzzText.LoneLow.ToString(), "\\udfff", StringComparison.Ordinal)
            .Replace("\\uF8F0", "\\ud800", StringComparison.OrdinalIgnoreCase)
            .Replace("\\uF8F1", "\\udfff", StringComparison.OrdinalIgnoreCase);

    /// <summary>Any JSON value: strings (sometimes huge), numbers at the edges, arrays, nested objects, null.</summary>
    public static JsonNode? Value(Random random, int depth = 0) => random.Next(depth > 3 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(5) switch { 0 => long.MaxValue, 1 => -1, 2 => 0, 3 => int.MaxValue + 1L, _ => random.Next() }),
        3 => JsonValue.Create(random.Next(3) == 0 ? double.MaxValue : random.NextDouble() * 1e6),
        4 => JsonValue.Create(random.Next(4) == 0 ? Guid(random).ToString() : FuzzText.Any(random)),
        5 => JsonValue.Create(random.Next(30) == 0 ? FuzzText.Huge(random) : FuzzText.RawUnicode(random, random.Next(0, 64))),
        6 => new JsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value(random, depth + 1)).ToArray()),
        7 => Object(random, depth + 1),
        _ => random.Next(6) == 0 ? Deep(random, random.Next(10, 120)) : Object(random, depth + 1),
    };

    /// <summary>A Guid from the seeded generator, so a run can be replayed.</summary>
    public static Guid Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>An object with the keys our cards use (and some they do not), holding any values.</summary>
    public static JsonObject Object(Random random, int depth = 0)
    {
        var obj = new JsonObject();
        for (var i = random.Next(0, 6); i > 0; i--) obj[Keys[random.Next(Keys.Length)]] = Value(random, depth + 1);
        return obj;
    }

    /// <summary>Objects inside arrays inside objects, deeper than any card: the body reader caps depth at 64.</summary>
    public static JsonNode Deep(Random random, int levels)
    {
        JsonNode node = JsonValue.Create("bottom");
        for (var i = 0; i < levels; i++)
            node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { [Keys[random.Next(Keys.Length)] is { Length: > 0 } k ? k : "k"] = node };
        return node;
    }
}
