using System.Text.Json;

namespace CutoverBot.Tabs;

/// <summary>Reads {"reason": "..."} from a small JSON body; null for anything else (too big, not JSON, no reason string).</summary>
internal static class NotNeededBody
{
    private const int MaxBytes = 8 * 1024;

    public static async Task<string?> ReadReasonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > MaxBytes) return null;
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)) return null;
        var buffer = new byte[MaxBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0) read += n;
        if (read > MaxBytes) return null;
        try
        {
            using var doc = JsonDocument.Parse(buffer.AsMemory(0, read), new JsonDocumentOptions { MaxDepth = 8 });
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String
                ? r.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
