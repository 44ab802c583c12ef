using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Hosting;
using CutoverBot.Storage;

namespace CutoverBot.Cli;

/// <summary>
/// migrate-storage --to postgresql: checks the server as check-storage does, then copies a private copy of the LiteDB
/// file (the file itself is never written) into it with <see cref="LiteDbToPostgres"/> and reports the counts.
/// </summary>
internal static class MigrateStorageCommand
{
    private static readonly string[][] Names = [["--to"], ["--database", "--db"], ["--connection", "-c"]];

    public static int Run(string[] args, TextWriter messages)
    {
        var values = CliArguments.Parse(args, Names, out var error, out var helpRequested);
        if (helpRequested || values is null || !values.TryGetValue("--to", out var to) || !to.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            if (!helpRequested) messages.WriteLine((error ?? "--to postgresql is required: the engine to copy into (the only one for now).") + Environment.NewLine);
            messages.WriteLine(CliUsage.MigrateStorage);
            return helpRequested ? CliExitCodes.Ok : CliExitCodes.BadUsage;
        }
        try
        {
            return Copy(values, messages);
        }
        catch (CliUsageException e)
        {
            messages.WriteLine(e.Message);
            return CliExitCodes.BadUsage;
        }
        catch (StorageCopyRefusedException e)
        {
            messages.WriteLine(e.Message);
            return CliExitCodes.Refused;
        }
        catch (Exception e) when (e is KeySettingsException or SealedDataException)
        {
            messages.WriteLine(e.Message + " Nothing was copied.");
            return CliExitCodes.KeyProblem;
        }
        catch (Exception e)
        {
            // Only the type: a storage exception's message could quote a stored value.
            messages.WriteLine($"The copy failed unexpectedly ({e.GetType().Name}); it is one transaction, so nothing was copied.");
            return CliExitCodes.Unexpected;
        }
    }

    private static int Copy(Dictionary<string, string> values, TextWriter messages)
    {
        var path = CliConfiguration.DatabasePath(values.GetValueOrDefault("--database"));
        if (!File.Exists(path) || !LiteDbFile.HasSignature(path)) throw new CliUsageException($"{path} is not a CutoverBot database (LiteDB file).");
        if (DatabaseLock.IsInUse(path))
        {
            messages.WriteLine($"{path} is open in the running bot: stop it first, so nothing is saved after the copy is taken.");
            return CliExitCodes.DatabaseBusy;
        }
        var options = CliConfiguration.Storage();
        options.Provider = nameof(StorageProvider.PostgreSql);
        if (values.TryGetValue("--connection", out var given)) options.ConnectionString = given;
        if (StorageProviderSettings.Problems(options) is [var problem, ..]) throw new CliUsageException(problem);
        var check = StorageCheck.Run(options.ConnectionString!);
        if (!check.Ok)
        {
            messages.WriteLine(check.Message + " Nothing was copied.");
            return CheckStorageCommand.ExitCode(check.Problem);
        }
        var keys = CliConfiguration.Keys(path);
        using var copy = LiteDbFile.PrivateCopy(path);
        using var source = new CutoverDatabase(copy.Path, keys);
        using var target = new PostgresDatabase(options.ConnectionString!, keys);
        var report = LiteDbToPostgres.Copy(source, target);
        messages.WriteLine($"Copied {path} into PostgreSQL ({check.Message}) for {report.Practices} practices:");
        foreach (var count in report.Kinds)
            messages.WriteLine($"  {count.Kind}: {count.Copied} copied, {count.AlreadyThere} already there");
        if (report.QueuedRepliesLeft > 0)
            messages.WriteLine($"Not copied: {report.QueuedRepliesLeft} {(report.QueuedRepliesLeft == 1 ? "reply" : "replies")} the bot could not deliver yet, left in the LiteDB file: start the bot on it once to deliver what is queued before switching, or it is not sent.");
        return CliExitCodes.Ok;
    }
}
