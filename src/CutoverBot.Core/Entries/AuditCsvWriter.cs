using System.Globalization;
using System.Text;

namespace CutoverBot.Core.Entries;

/// <summary>
/// Writes an audit trail as CSV for the practice's information governance lead: one row per record, London time,
/// day first. It holds who, when, what and which references, never a patient value (the records have none).
/// </summary>
public static class AuditCsvWriter
{
    public const string Header = "when,action,user_id,user_name,practice_id,reference,entries,references,surface,changes";

    public static void Write(TextWriter writer, IEnumerable<AuditRecord> records)
    {
        writer.Write(Header);
        writer.Write("\r\n");
        foreach (var r in records)
        {
            string?[] cells =
            [
                LondonTime.ToLondon(r.At).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                Action(r.Action),
                r.UserId,
                r.UserName,
                r.PracticeId,
                r.Reference,
                (r.Count > 0 ? r.Count : r.EntryId != Guid.Empty ? 1 : 0).ToString(CultureInfo.InvariantCulture),
                string.Join(' ', r.References),
                r.Surface,
                string.Join("; ", r.Changes.Select(Change)),
            ];
            writer.Write(string.Join(',', cells.Select(EntryCsvWriter.Cell)));
            writer.Write("\r\n");
        }
    }

    /// <summary>MarkedNotNeeded becomes marked-not-needed.</summary>
    public static string Action(AuditAction action)
    {
        var name = action.ToString();
        var sb = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    // Patient fields never carry values: the record says only that they changed.
    private static string Change(AuditChange c) =>
        c.IsPatientField ? $"{c.Field} changed"
        : c.Old is null ? $"{c.Field}: {c.New ?? "(none)"}"
        : $"{c.Field}: {c.Old} -> {c.New ?? "(none)"}";
}
