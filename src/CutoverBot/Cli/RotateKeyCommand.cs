using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Hosting;
using CutoverBot.Storage;

namespace CutoverBot.Cli;

/// <summary>
/// rotate-key: re-encrypts every sealed record of the database in place under Storage:EncryptionKey, opening older
/// records with Storage:PreviousKeys (or the development key file). One transaction: all or nothing.
/// </summary>
internal sealed class RotateKeyCommand(string? databaseOverride, TextWriter messages)
{
    public static int Run(string[] args, TextWriter messages)
    {
        string? database = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?") return Usage(null, messages, CliExitCodes.Ok);
            if (arg.StartsWith("--database=", StringComparison.OrdinalIgnoreCase) && database is null) database = arg["--database=".Length..];
            else if (arg is "--database" or "--db" && database is null && i + 1 < args.Length) database = args[++i];
            else return Usage($"Unknown or repeated option '{arg}'.", messages, CliExitCodes.BadUsage);
        }
        if (database is { } given && string.IsNullOrWhiteSpace(given)) return Usage("--database needs a value.", messages, CliExitCodes.BadUsage);
        try
        {
            return new RotateKeyCommand(database, messages).Run();
        }
        catch (CliUsageException e)
        {
            return Usage(e.Message, messages, CliExitCodes.BadUsage);
        }
        catch (Exception e) when (e is KeySettingsException or SealedDataException)
        {
            // These messages name settings and key ids only.
            messages.WriteLine(e.Message);
            messages.WriteLine("Nothing was changed.");
            return CliExitCodes.KeyProblem;
        }
        catch (Exception e)
        {
            // Only the type: an exception message from the storage layer could quote a stored value.
            messages.WriteLine($"The rotation failed unexpectedly ({e.GetType().Name}). It runs in one transaction, so nothing was changed.");
            return CliExitCodes.Unexpected;
        }
    }

    public int Run()
    {
        var path = CliConfiguration.DatabasePath(databaseOverride);
        if (path == ":memory:" || !File.Exists(path))
        {
            messages.WriteLine($"There is no database at {path}, so there is nothing to re-encrypt.");
            messages.WriteLine("Run rotate-key from the folder the bot runs in, set Storage:DatabasePath as the bot has it, or pass --database FILE.");
            return CliExitCodes.BadUsage;
        }
        if (DatabaseLock.IsInUse(path))
        {
            messages.WriteLine($"The database {path} is in use by the running bot.");
            messages.WriteLine("Stop the bot, run rotate-key, then start the bot with the new key. Nothing was changed.");
            return CliExitCodes.DatabaseBusy;
        }
        if (!LiteDbFile.HasSignature(path))
        {
            messages.WriteLine($"{path} is not a CutoverBot database (LiteDB file). Nothing was changed.");
            return CliExitCodes.BadUsage;
        }

        var keys = CliConfiguration.Keys(path);
        RotationReport report;
        using (var database = new CutoverDatabase(path, keys))
        {
            report = new KeyRotation(database).Run();
            database.Database.Checkpoint();
        }
        WriteReport(path, keys, report);
        return CliExitCodes.Ok;
    }

    private void WriteReport(string path, KeyRing keys, RotationReport report)
    {
        messages.WriteLine($"Every record of {path} is now sealed with key {report.CurrentKeyId}.");
        messages.WriteLine($"  {report.EntriesResealed} entries re-encrypted from an older key");
        messages.WriteLine($"  {report.EntriesSealedFirstTime} entries written before encryption, now encrypted");
        messages.WriteLine($"  {report.EntriesAlreadyCurrent} entries already under this key, left as they were");
        messages.WriteLine($"  {report.ValuesResealed} other sealed values (files waiting to be saved, queued messages) re-encrypted");
        if (keys.All.Count > 1)
            messages.WriteLine("This database no longer needs the previous keys. Keep them while backups taken before now may be restored.");
        var keyFile = KeyFile.PathFor(path);
        if (File.Exists(keyFile) && KeyFile.Read(keyFile)?.Id != keys.Current.Id)
            messages.WriteLine($"The development key file {keyFile} is no longer needed by this database; delete it once backups no longer need it.");
    }

    private static int Usage(string? error, TextWriter messages, int code)
    {
        if (error is not null)
        {
            messages.WriteLine(error);
            messages.WriteLine();
        }
        messages.WriteLine(CliUsage.Text);
        return code;
    }
}
