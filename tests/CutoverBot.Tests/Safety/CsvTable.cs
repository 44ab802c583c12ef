using System.Text;

namespace CutoverBot.Tests.Safety;

/// <summary>
/// A CSV file as Excel writes it (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks), read into rows
/// keyed by the header. A byte order mark is ignored.
/// </summary>
internal static class CsvTable
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        var records = Records(text.TrimStart('\uFEFF')).Where(r => r.Any(c => c.Length > 0)).ToList();
        if (records.Count == 0) return [];
        var header = records[0].Select(h => h.Trim()).ToList();
        return records.Skip(1).Select(r =>
        {
            if (r.Count > header.Count) throw new FormatException($"A row has {r.Count} cells but the header has {header.Count}: {string.Join(",", r.Take(2))}...");
            return (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, Cell: i < r.Count ? r[i] : "")).ToDictionary(p => p.h, p => p.Cell);
        }).ToList();
    }

    private static IEnumerable<List<string>> Records(string text)
    {
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': record.Add(cell.ToString()); cell.Clear(); break;
                case '\r': break;
                case '\n':
                    record.Add(cell.ToString());
                    cell.Clear();
                    yield return record;
                    record = [];
                    break;
                default: cell.Append(c); break;
            }
        }
        if (quoted) throw new FormatException("The file ends inside a quoted cell.");
        if (cell.Length > 0 || record.Count > 0)
        {
            record.Add(cell.ToString());
            yield return record;
        }
    }
}
