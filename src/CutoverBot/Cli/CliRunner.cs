using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Hosting;

namespace CutoverBot.Cli;

/// <summary>Runs command-line verbs (export, ...) instead of the web host.</summary>
internal static class CliRunner
{
    /// <summary>Returns the exit code when <paramref name="args"/> name a command-line verb, or null to start the web host.</summary>
    public static Task<int?> TryRunAsync(string[] args) => TryRunAsync(args, Console.Out, Console.Error);

    /// <summary>As <see cref="TryRunAsync(string[])"/>, writing the export to <paramref name="output"/> and every message to <paramref name="messages"/>.</summary>
    public static Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter messages)
    {
        if (args.Length == 0) return Task.FromResult<int?>(null);
        int? code = args[0].ToLowerInvariant() switch
        {
            "export" => Export(args[1..], output, messages),
            "rotate-key" => RotateKeyCommand.Run(args[1..], messages),
            "audit" => AuditCommand.Run(args[1..], output, messages),
            "teams-package" => TeamsPackageCommand.Run(args[1..], messages),
            "seed-demo" => SeedDemoCommand.Run(args[1..], messages),
            "check-backup" => CheckBackupCommand.Run(args[1..], messages),
            "check-storage" => CheckStorageCommand.Run(args[1..], messages),
            "migrate-storage" => MigrateStorageCommand.Run(args[1..], messages),
            "help" or "--help" or "-h" or "-?" => Help(messages),
            _ => null,
        };
        return Task.FromResult(code);
    }

    private static int Help(TextWriter messages)
    {
        messages.WriteLine(CliUsage.Text);
        return CliExitCodes.Ok;
    }

    private static int Export(string[] args, TextWriter output, TextWriter messages)
    {
        var options = ExportArgumentParser.Parse(args, out var error, out var helpRequested);
        if (helpRequested) return Help(messages);
        if (options is null) return BadUsage(error!, messages);
        try
        {
            return new ExportCommand(options, output, messages).Run();
        }
        catch (CliUsageException e)
        {
            return BadUsage(e.Message, messages);
        }
        catch (Exception e) when (e is KeySettingsException or SealedDataException)
        {
            // These messages name settings and key ids only.
            messages.WriteLine(e.Message + " Nothing was exported.");
            return CliExitCodes.KeyProblem;
        }
        catch (Exception e)
        {
            // Only the type: an exception message from the storage layer could quote a stored value.
            messages.WriteLine($"The export failed unexpectedly ({e.GetType().Name}). Nothing was written to --out.");
            return CliExitCodes.Unexpected;
        }
    }

    private static int BadUsage(string error, TextWriter messages)
    {
        messages.WriteLine(error);
        messages.WriteLine();
        messages.WriteLine(CliUsage.Text);
        return CliExitCodes.BadUsage;
    }
}
