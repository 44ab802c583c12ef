using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Hosting;
using CutoverBot.Storage;

namespace CutoverBot.Cli;

/// <summary>
/// The PostgreSQL database a command works on when the bot's settings say Storage:Provider PostgreSql and no
/// --database is given. The server is checked first (as check-storage does), so an unreachable server or a wrong
/// password gets its plain message and check-storage's exit code. The keys are the bot's configured ones: a key file
/// beside a LiteDB file means nothing here.
/// </summary>
internal static class ServerDatabase
{
    /// <summary>True when the command should work on the server rather than a LiteDB file.</summary>
    public static bool Chosen(string? databaseOverride, out StorageOptions storage)
    {
        storage = CliConfiguration.Storage();
        return databaseOverride is null && StorageProviderSettings.Of(storage) == StorageProvider.PostgreSql;
    }

    /// <summary>The opened database, or null with the problem told (ending in <paramref name="nothingDone"/>) and its exit code.</summary>
    public static PostgresDatabase? Open(StorageOptions storage, TextWriter messages, string nothingDone, out int exitCode)
    {
        exitCode = CliExitCodes.Ok;
        if (StorageProviderSettings.Problems(storage) is [var problem, ..]) throw new CliUsageException(problem);
        var check = StorageCheck.Run(storage.ConnectionString!);
        if (!check.Ok)
        {
            messages.WriteLine(check.Message + " " + nothingDone);
            exitCode = CheckStorageCommand.ExitCode(check.Problem);
            return null;
        }
        return new PostgresDatabase(storage.ConnectionString!, CliConfiguration.Keys(storage.DatabasePath, KeyFileUse.None));
    }
}
