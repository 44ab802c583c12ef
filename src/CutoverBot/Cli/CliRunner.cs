namespace CutoverBot.Cli;

/// <summary>Runs command-line verbs (export, ...) instead of the web host.</summary>
internal static class CliRunner
{
    /// <summary>Returns the exit code when <paramref name="args"/> name a command-line verb, or null to start the web host.</summary>
    public static Task<int?> TryRunAsync(string[] args) => Task.FromResult<int?>(null);
}
