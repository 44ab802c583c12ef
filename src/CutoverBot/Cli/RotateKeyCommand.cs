using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Hosting;
using CutoverBot.Storage;

namespace CutoverBot.Cli;

/// <summary>
/// rotate-key: re-encrypts every sealed record of the database in place under Storage:EncryptionKey, opening older
/// records with Storage:PreviousKeys (or the development key file). On LiteDB one transaction, all or nothing, with the
/// bot stopped; on PostgreSQL (Storage:Provider) row by row while the bot runs, safe to run again.
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
            messages.WriteLine($"The rotation failed unexpectedly ({e.GetType().Name}). On a LiteDB file it is one transaction, so nothing was changed; " +
                "on PostgreSQL the records done so far are under the new key and the rest as they were: run it again.");
            return CliExitCodes.Unexpected;
        }
    }

    public int Run()
    {
        var storage = CliConfiguration.Storage();
        if (databaseOverride is null && StorageProviderSettings.Of(storage) == StorageProvider.PostgreSql) return RunOnPostgreSql(storage);
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

    // On the shared server the bot may keep running: the rotation locks each row only while it re-seals it. The
    // instances must already have the new key as Storage:EncryptionKey (and the old one among Storage:PreviousKeys).
    private int RunOnPostgreSql(StorageOptions storage)
    {
        using var database = ServerDatabase.Open(storage, messages, "Nothing was changed.", out var exitCode);
        if (database is null) return exitCode;
        var report = new PostgresKeyRotation(database).Run();
        WriteCounts("the PostgreSQL database", report);
        if (database.Keys.All.Count > 1)
            messages.WriteLine("The database no longer needs the previous keys. Keep them while backups taken before now may be restored.");
        return CliExitCodes.Ok;
    }

    private void WriteCounts(string what, RotationReport report)
    {
        messages.WriteLine($"Every record of {what} is now sealed with key {report.CurrentKeyId}.");
        messages.WriteLine($"  {report.EntriesResealed} entries re-encrypted from an older key");
        messages.WriteLine($"  {report.EntriesSealedFirstTime} entries written before encryption, now encrypted");
        messages.WriteLine($"  {report.EntriesAlreadyCurrent} entries already under this key, left as they were");
        messages.WriteLine($"  {report.ValuesResealed} other sealed values (files waiting to be saved, queued messages) re-encrypted");
    }

    private void WriteReport(string path, KeyRing keys, RotationReport report)
    {
        WriteCounts(path, report);
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
