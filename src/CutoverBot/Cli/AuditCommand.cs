using CutoverBot.Storage;
using System.Text;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Practices.PostgreSql;
using CutoverBot.Core.Storage;

namespace CutoverBot.Cli;

/// <summary>
/// audit --practice X: one practice's audit trail as CSV (the bot's records and the command line's exports, oldest
/// first). Same conventions as export: a private copy of the database (or, on PostgreSQL, the server itself, with the
/// bot running), messages on standard error, the same exit codes.
/// </summary>
internal sealed class AuditCommand(AuditOptions options, TextWriter output, TextWriter messages)
{
    private static readonly Encoding FileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Parses the arguments after <c>audit</c> and runs it; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter messages)
    {
        var options = AuditArgumentParser.Parse(args, out var error, out var helpRequested);
        if (helpRequested || options is null)
        {
            if (!helpRequested) messages.WriteLine(error);
            messages.WriteLine(CliUsage.Text);
            return helpRequested ? CliExitCodes.Ok : CliExitCodes.BadUsage;
        }
        try
        {
            return new AuditCommand(options, output, messages).Run();
        }
        catch (CliUsageException e)
        {
            messages.WriteLine(e.Message);
            return CliExitCodes.BadUsage;
        }
        catch (Exception e)
        {
            messages.WriteLine($"The audit export failed unexpectedly ({e.GetType().Name}). Nothing was written to --out.");
            return CliExitCodes.Unexpected;
        }
    }

    public int Run()
    {
        if (ServerDatabase.Chosen(options.DatabasePath, out var storage)) return RunOnPostgreSql(storage);
        var path = CliConfiguration.DatabasePath(options.DatabasePath);
        if (path != ":memory:" && !File.Exists(path))
        {
            messages.WriteLine($"There is no database at {path}, so no practice is known. Set Storage:DatabasePath as the bot has it, or pass --database FILE.");
            return CliExitCodes.PracticeNotFound;
        }
        if (DatabaseLock.IsInUse(path))
        {
            messages.WriteLine($"The database {path} is in use by the running bot. Stop the bot, run the audit export, then start the bot again.");
            return CliExitCodes.DatabaseBusy;
        }
        if (!LiteDbFile.HasSignature(path))
        {
            messages.WriteLine($"{path} is not a CutoverBot database (LiteDB file). Nothing was exported and the file was not touched.");
            return CliExitCodes.BadUsage;
        }

        using var copy = LiteDbFile.PrivateCopy(path);
        using var database = new CutoverDatabase(copy.Path);
        return Export(new PracticeStore(database), practiceId =>
        {
            var records = new AuditStore(database).ForPractice(practiceId).Concat(AuditJournal.Read(path, practiceId, out var unreadable)).ToList();
            if (unreadable > 0) messages.WriteLine($"Skipped {unreadable} unreadable line(s) of {AuditJournal.PathFor(path)}.");
            return records;
        });
    }

    // On the shared server it may run while the bot runs; the command line's exports are in the server's trail too.
    private int RunOnPostgreSql(StorageOptions storage)
    {
        using var database = ServerDatabase.Open(storage, messages, "Nothing was exported.", out var exitCode);
        if (database is null) return exitCode;
        return Export(new PostgresPracticeStore(database), new PostgresAuditStore(database).ForPractice);
    }

    private int Export(IPracticeStore practices, Func<string, IReadOnlyList<AuditRecord>> recordsOf)
    {
        var practice = practices.FindByAnyKey(options.Practice);
        if (practice is null)
        {
            messages.WriteLine($"No practice matches '{options.Practice}' by team id, ODS code or name. Type export --practice x for the list of known practices.");
            return CliExitCodes.PracticeNotFound;
        }

        var records = recordsOf(practice.Id).OrderBy(r => r.At).ThenBy(r => r.Id).ToList();
        if (options.OutputPath is null)
        {
            AuditCsvWriter.Write(output, records);
            output.Flush();
            messages.WriteLine($"Exported {records.Count} audit records for {practice.Name}.");
        }
        else
        {
            messages.WriteLine($"Exported {records.Count} audit records for {practice.Name} to {WriteFile(options.OutputPath, records)}.");
        }
        return CliExitCodes.Ok;
    }

    // Written beside the target and then moved, so a failed export never leaves half a file behind.
    private static string WriteFile(string outputPath, IReadOnlyList<AuditRecord> records)
    {
        var target = Path.GetFullPath(outputPath);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder)) throw new CliUsageException($"The folder {folder} does not exist. Create it or choose another --out file.");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, FileEncoding)) AuditCsvWriter.Write(writer, records);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return target;
    }
}
