using System.Text.Json;
using System.Text.Json.Serialization;
using CutoverBot.Core.Entries;

namespace CutoverBot.Cli;

/// <summary>
/// The command line's own audit records, one JSON line each, in a file beside the database. The CLI never writes the
/// database (it reads a private copy), yet an export must not go unrecorded: so it writes here first, and refuses to
/// export when it cannot. <c>audit</c> merges these lines with the bot's trail. Ids, counts and references only.
/// </summary>
internal static class AuditJournal
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>cutover.db gets cutover-cli-audit.jsonl beside it.</summary>
    public static string PathFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, Path.GetFileNameWithoutExtension(databasePath) + "-cli-audit.jsonl");

    /// <summary>Records an export by this operating-system user; false (with the reason told) when it could not be recorded.</summary>
    public static bool TryRecordExport(string databasePath, string practiceId, IReadOnlyList<Entry> entries, string target, TextWriter messages)
    {
        if (databasePath == ":memory:") return true;
        var record = ExportRecord(practiceId, entries, target);
        var journal = PathFor(databasePath);
        try
        {
            var isNew = !File.Exists(journal);
            using (var stream = new FileStream(journal, FileMode.Append, FileAccess.Write, FileShare.Read))
            using (var writer = new StreamWriter(stream))
                writer.WriteLine(JsonSerializer.Serialize(record, Json));
            if (isNew && !OperatingSystem.IsWindows()) File.SetUnixFileMode(journal, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            messages.WriteLine($"Could not record the export in the audit journal {journal} ({e.GetType().Name}). Nothing was exported.");
            return false;
        }
    }

    /// <summary>The record of an export by this operating-system user (ids, counts and references only).</summary>
    public static AuditRecord ExportRecord(string practiceId, IReadOnlyList<Entry> entries, string target) => new()
    {
        Action = AuditAction.Exported,
        PracticeId = practiceId,
        UserId = "os:" + Environment.UserName,
        UserName = $"{Environment.UserName} (command line on {Environment.MachineName})",
        At = TimeProvider.System.GetUtcNow(),
        Surface = "cli export",
        Count = entries.Count,
        References = entries.Select(e => e.Reference).ToList(),
        Changes = [new AuditChange { Field = "file", New = target }],
    };

    /// <summary>The journal's records for one practice; lines that do not read as records are skipped and counted.</summary>
    public static IReadOnlyList<AuditRecord> Read(string databasePath, string practiceId, out int unreadable)
    {
        unreadable = 0;
        var journal = databasePath == ":memory:" ? null : PathFor(databasePath);
        if (journal is null || !File.Exists(journal)) return [];
        var records = new List<AuditRecord>();
        foreach (var line in File.ReadLines(journal).Where(l => l.Length > 0))
        {
            try
            {
                if (JsonSerializer.Deserialize<AuditRecord>(line, Json) is { } r && r.PracticeId == practiceId) records.Add(r);
            }
            catch (JsonException)
            {
                unreadable++;
            }
        }
        return records;
    }
}
