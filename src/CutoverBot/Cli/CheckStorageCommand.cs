using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;

namespace CutoverBot.Cli;

/// <summary>
/// check-storage [--connection STRING]: the start-up check of the PostgreSQL server, on its own, with an exit code
/// per problem so a deployment pipeline can tell them apart (CliUsage.CheckStorage lists them).
/// </summary>
internal static class CheckStorageCommand
{
    private static readonly string[][] Names = [["--connection", "-c"]];

    public static int Run(string[] args, TextWriter messages)
    {
        var values = CliArguments.Parse(args, Names, out var error, out var helpRequested);
        if (helpRequested || values is null)
        {
            if (!helpRequested) messages.WriteLine(error + Environment.NewLine);
            messages.WriteLine(CliUsage.CheckStorage);
            return helpRequested ? CliExitCodes.Ok : CliExitCodes.BadUsage;
        }
        var options = CliConfiguration.Storage();
        if (values.TryGetValue("--connection", out var given))
        {
            options.ConnectionString = given;
            options.Provider = nameof(StorageProvider.PostgreSql);
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            // A connection string configured for a bot still on LiteDB is what an IT lead checks before switching.
            options.Provider = nameof(StorageProvider.PostgreSql);
        }
        var problems = StorageProviderSettings.Problems(options);
        if (problems.Count > 0)
        {
            messages.WriteLine(problems[0]);
            return CliExitCodes.BadUsage;
        }
        var result = StorageCheck.Run(options.ConnectionString!);
        messages.WriteLine(result.Message);
        return ExitCode(result.Problem);
    }

    /// <summary>The exit code for what the check found (shared with migrate-storage).</summary>
    public static int ExitCode(StorageProblem problem) =>
        problem switch
        {
            StorageProblem.None => CliExitCodes.Ok,
            StorageProblem.Unreachable => CliExitCodes.StorageUnreachable,
            StorageProblem.WrongPassword => CliExitCodes.StorageWrongPassword,
            StorageProblem.MissingDatabase => CliExitCodes.StorageMissingDatabase,
            StorageProblem.NoPermission => CliExitCodes.StorageNoPermission,
            StorageProblem.SchemaTooNew => CliExitCodes.StorageSchemaTooNew,
            _ => CliExitCodes.Unexpected,
        };
}
