using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Hosting;

namespace CutoverBot.Cli;

/// <summary>
/// check-backup --database FILE: proves a backup can be restored. It opens a private copy (the file itself is never
/// written), reads every practice and opens every entry's sealed patient details with the configured keys, and says
/// how many there are. Exit code 0 readable, 5 when the keys cannot open it, 2 when it is not a CutoverBot database.
/// </summary>
internal sealed class CheckBackupCommand(string database, TextWriter messages)
{
    private static readonly string[][] Names = [["--database", "--db"]];

    public static int Run(string[] args, TextWriter messages)
    {
        var values = CliArguments.Parse(args, Names, out var error, out var helpRequested);
        if (helpRequested || values is null || !values.TryGetValue("--database", out var database))
        {
            if (!helpRequested) messages.WriteLine((error ?? "--database is required: the backup copy to check.") + Environment.NewLine);
            messages.WriteLine(CliUsage.CheckBackup);
            return helpRequested ? CliExitCodes.Ok : CliExitCodes.BadUsage;
        }
        try
        {
            return new CheckBackupCommand(database, messages).Run();
        }
        catch (Exception e) when (e is KeySettingsException or SealedDataException)
        {
            messages.WriteLine($"{e.Message} The backup {database} cannot be restored with these keys.");
            return CliExitCodes.KeyProblem;
        }
        catch (Exception e) when (e is not CliUsageException)
        {
            // Only the type: a storage exception's message could quote a stored value.
            messages.WriteLine($"The backup {database} could not be read ({e.GetType().Name}): do not rely on it.");
            return CliExitCodes.Unexpected;
        }
    }

    public int Run()
    {
        var path = Path.GetFullPath(database);
        if (!File.Exists(path))
        {
            messages.WriteLine($"There is no file at {path}.");
            return CliExitCodes.BadUsage;
        }
        if (!LiteDbFile.HasSignature(path))
        {
            messages.WriteLine($"{path} is not a CutoverBot database (LiteDB file).");
            return CliExitCodes.BadUsage;
        }
        var keys = CliConfiguration.Keys(path);
        using var copy = LiteDbFile.PrivateCopy(path);
        using var db = new CutoverDatabase(copy.Path, keys);
        var practices = new PracticeStore(db).All();
        var entries = new EntryStore(db);
        // ForPractice opens each entry's sealed details: a wrong or missing key throws here, not at restore time.
        var counts = practices.Select(p => entries.ForPractice(p.Id).Count).ToList();
        messages.WriteLine($"{path} is readable with the configured keys: {practices.Count} practices, {counts.Sum()} entries, " +
                           $"newest entry {Newest(entries, practices)}.");
        return CliExitCodes.Ok;
    }

    private static string Newest(EntryStore entries, IReadOnlyList<Practice> practices)
    {
        var newest = practices.SelectMany(p => entries.KeysForPractice(p.Id)).Select(k => k.LoggedAt).DefaultIfEmpty().Max();
        return newest == default ? "none" : LondonTime.ToLondon(newest).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " London time";
    }
}
