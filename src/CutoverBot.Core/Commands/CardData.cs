using System.Globalization;
using System.Text.Json;

namespace CutoverBot.Core.Commands;

/// <summary>Reads values from card action data without trusting their presence or type.</summary>
internal static class CardData
{
    public static string? String(JsonElement data, string key) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    public static Guid? EntryId(JsonElement data) =>
        Guid.TryParseExact(String(data, "entryId") ?? "", "D", out var id) ? id : null;

    /// <summary>A whole number given as a JSON number or as digits in a string (templates may bind either).</summary>
    public static int? Int(JsonElement data, string key)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n)) return n;
        if (v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s)) return s;
        return null;
    }
}
