using System.Globalization;
using System.Text.Json;

namespace CutoverBot.Core.Kernel;

/// <summary>Reads values from card action data without trusting their presence or type.</summary>
internal static class CardData
{
    public static string? String(JsonElement data, string key) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    public static Guid? EntryId(JsonElement data) =>
        Guid.TryParseExact(String(data, "entryId") ?? "", "D", out var id) ? id : null;

    /// <summary>The highest page number a paged list accepts, typed or clicked.</summary>
    public const int MaxPage = 100_000;

    public const string BadPage = "That page number isn't one I can show.";

    /// <summary>A page number from card data: 1 when absent, null when present but not a page.</summary>
    public static int? Page(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.Object && !data.TryGetProperty("page", out _)) return 1;
        return Int(data, "page") is >= 1 and <= MaxPage and var page ? page : null;
    }

    /// <summary>A whole number given as a JSON number or as digits in a string (templates may bind either).</summary>
    public static int? Int(JsonElement data, string key)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n)) return n;
        if (v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s)) return s;
        return null;
    }
}
