using System.Text.Json;

namespace CutoverBot.Core.Setup;

/// <summary>The setup form as submitted, all text and untrusted, so a refused form comes back with what was typed.</summary>
public sealed record SetupFormValues(
    string? PracticeName,
    string? OdsCode,
    string? FdpDate,
    string? GoLiveDate,
    bool? Dispensing,
    string? ChannelId,
    string? MorningPostTime,
    string? ManagerId,
    string? RetentionDays = null,
    bool? GuestsCanTick = null)
{
    public const int MaxFieldLength = 200;

    public static SetupFormValues From(JsonElement data) => new(
        Text(data, "practiceName"),
        Text(data, "odsCode"),
        Text(data, "fdpDate"),
        Text(data, "goLiveDate"),
        Text(data, "dispensing") switch { "true" => true, "false" => false, _ => null },
        Text(data, "channelId"),
        Text(data, "morningPostTime"),
        Text(data, "managerId"),
        // Input.Number arrives as a string from Teams, as a number from some other clients.
        Text(data, "retentionDays") ?? Number(data, "retentionDays"),
        Text(data, "guestsCanTick") switch { "true" => true, "false" => false, _ => null });

    private static string? Number(JsonElement data, string key) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.GetRawText() is { Length: <= 12 } raw
            ? raw
            : null;

    // Only strings count, trimmed and capped, so forged data of any shape or size reads as "not given".
    private static string? Text(JsonElement data, string key)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(key, out var v)) return null;
        var text = v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.True => "true", JsonValueKind.False => "false", _ => null };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length > MaxFieldLength ? text[..MaxFieldLength] : text;
    }
}
