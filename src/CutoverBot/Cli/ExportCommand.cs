using CutoverBot.Storage;
using System.Text;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Practices.PostgreSql;
using CutoverBot.Core.Storage;

namespace CutoverBot.Cli;

/// <summary>Writes one practice's entries as CSV. Standard output carries only the CSV; every message goes to <paramref name="messages"/>.</summary>
internal sealed class ExportCommand(ExportOptions options, TextWriter output, TextWriter messages)
{
    // Excel on Windows, which practices open these files with, reads UTF-8 as ANSI unless the file starts with a BOM.
    private static readonly Encoding FileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public int Run()
    {
        if (ServerDatabase.Chosen(options.DatabasePath, out var storage)) return RunOnPostgreSql(storage);
        var path = CliConfiguration.DatabasePath(options.DatabasePath);
        if (path != ":memory:" && !File.Exists(path))
        {
            messages.WriteLine($"There is no database at {path}, so no practice is known.");
            messages.WriteLine("Run the export from the folder the bot runs in, set Storage:DatabasePath as the bot has it, or pass --database FILE.");
            return CliExitCodes.PracticeNotFound;
        }
        if (DatabaseLock.IsInUse(path))
        {
            messages.WriteLine($"The database {path} is in use by the running bot.");
            messages.WriteLine("Stop the bot, run the export, then start the bot again. Nothing was exported.");
            return CliExitCodes.DatabaseBusy;
        }

        if (!LiteDbFile.HasSignature(path))
        {
            messages.WriteLine($"{path} is not a CutoverBot database (LiteDB file). Nothing was exported and the file was not touched.");
            return CliExitCodes.BadUsage;
        }

        // The export only reads, but LiteDB opens files for writing (its read-only mode needs a log file that is
        // normally absent): work on a private copy so the bot's file, or a backup, is never changed.
        var keys = CliConfiguration.Keys(path);
        using var copy = LiteDbFile.PrivateCopy(path);
        using var database = new CutoverDatabase(copy.Path, keys);
        return Export(new PracticeStore(database), new EntryStore(database),
            (practiceId, entries, target) => AuditJournal.TryRecordExport(path, practiceId, entries, target, messages));
    }

    // On the shared server the export may run while the bot runs (it only reads), and its own audit record goes into
    // the server's audit trail with the bot's, so the practice's audit export lists it.
    private int RunOnPostgreSql(StorageOptions storage)
    {
        using var database = ServerDatabase.Open(storage, messages, "Nothing was exported.", out var exitCode);
        if (database is null) return exitCode;
        var audit = new PostgresAuditStore(database);
        return Export(new PostgresPracticeStore(database), new PostgresEntryStore(database), (practiceId, entries, target) =>
        {
            audit.Add(AuditJournal.ExportRecord(practiceId, entries, target));
            return true;
        });
    }

    private int Export(IPracticeStore practices, IEntryStore entryStore, Func<string, IReadOnlyList<Entry>, string, bool> recordExport)
    {
        var practice = practices.FindByAnyKey(options.Practice);
        if (practice is null)
        {
            WriteUnknownPractice(practices.All());
            return CliExitCodes.PracticeNotFound;
        }

        var entries = entryStore.ForPractice(practice.Id);
        var target = options.OutputPath is null ? "standard output" : Path.GetFullPath(options.OutputPath);
        if (!recordExport(practice.Id, entries, target)) return CliExitCodes.Unexpected;
        if (options.OutputPath is null)
        {
            EntryCsvWriter.Write(output, entries);
            output.Flush();
            messages.WriteLine($"Exported {entries.Count} entries for {practice.Name}.");
        }
        else
        {
            messages.WriteLine($"Exported {entries.Count} entries for {practice.Name} to {WriteFile(options.OutputPath, entries)}.");
        }
        return CliExitCodes.Ok;
    }

    // Written beside the target and then moved, so a failed export never leaves half a file behind.
    private static string WriteFile(string outputPath, IReadOnlyList<Entry> entries)
    {
        var target = Path.GetFullPath(outputPath);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            throw new CliUsageException($"The folder {folder} does not exist. Create it or choose another --out file.");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, FileEncoding))
                EntryCsvWriter.Write(writer, entries);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return target;
    }

    private void WriteUnknownPractice(IReadOnlyList<Practice> known)
    {
        messages.WriteLine($"No practice matches '{options.Practice}' by team id, ODS code or name.");
        if (known.Count == 0)
        {
            messages.WriteLine("The database holds no practices yet: the bot records one when it is added to a team.");
            return;
        }
        messages.WriteLine("Known practices (name, ODS code, team id):");
        foreach (var p in known.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
            messages.WriteLine($"  {p.Name}\t{p.OdsCode ?? "-"}\t{p.Id}");
    }
}
