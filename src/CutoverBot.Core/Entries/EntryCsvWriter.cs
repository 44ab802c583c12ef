using System.Globalization;

namespace CutoverBot.Core.Entries;

/// <summary>Writes a practice's entries as the CSV the practice keeps for its records.</summary>
public static class EntryCsvWriter
{
    public const string Header = "reference,category,patient_name,date_of_birth,nhs_number,occurred_on,details,logged_by,logged_at,status,reentered_by,reentered_at";

    /// <summary>
    /// RFC 4180 (CRLF line ends, quoted where needed), dates yyyy-MM-dd, instants ISO 8601 UTC. Cells that a
    /// spreadsheet would run as a formula get a leading apostrophe.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<Entry> entries)
    {
        writer.Write(Header);
        writer.Write("\r\n");
        foreach (var e in entries)
        {
            string?[] cells =
            [
                e.Reference,
                EntryCategoryInfo.For(e.Category).Slug,
                e.Patient.Name,
                Date(e.Patient.DateOfBirth),
                e.Patient.NhsNumber,
                Date(e.OccurredOn),
                Details(e),
                e.AuthorName,
                Instant(e.LoggedAt),
                Status(e.Status),
                e.ReenteredBy,
                e.ReenteredAt is { } at ? Instant(at) : null,
            ];
            writer.Write(string.Join(',', cells.Select(Cell)));
            writer.Write("\r\n");
        }
    }

    /// <summary>The kind-specific fields that have no column of their own, then the free text.</summary>
    public static string Details(Entry e)
    {
        var parts = new List<string>();
        if (e.Ubrn is { Length: > 0 } ubrn) parts.Add("UBRN " + ubrn);
        if (e.PrescriptionChannel is { } channel) parts.Add("via " + EntryFields.ChannelValue(channel));
        if (!string.IsNullOrWhiteSpace(e.Patient.Text)) parts.Add(e.Patient.Text.Trim());
        return string.Join("; ", parts);
    }

    public static string Status(EntryStatus status) => status switch
    {
        EntryStatus.Reentered => "reentered",
        EntryStatus.NotNeeded => "not_needed",
        _ => "pending",
    };

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // A cell starting with = + - @ (or a tab / carriage return) is run as a formula by Excel: make it text.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
