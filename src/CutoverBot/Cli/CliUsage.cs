namespace CutoverBot.Cli;

internal static class CliUsage
{
    public const string Text = """
        Usage:
          dotnet run --project src/CutoverBot -- export --practice <team id, ODS code or name> --format csv [--out FILE] [--database FILE]
          dotnet run --project src/CutoverBot -- audit --practice <team id, ODS code or name> [--out FILE] [--database FILE]

        export writes every entry of one practice as CSV: to FILE with --out, otherwise to standard output. Each export
        is recorded first in <database>-cli-audit.jsonl beside the database (who, when, how many; no patient data).
        audit writes the practice's audit trail as CSV (who saw, exported or changed which entries, when; London time).
        Messages go to standard error, so standard output can be redirected to a file safely.

        Options:
          --practice, -p   The practice: its Teams team id, its ODS code (e.g. F81001) or its name.
          --format, -f     csv (the only format for now; export only).
          --out, -o        File to write. Without it the CSV goes to standard output.
          --database       Database file to read instead of the configured Storage:DatabasePath.
          --help, -h       Show this help.

        The export reads the same configuration as the bot (appsettings.json, appsettings.{Environment}.json,
        environment variables such as Storage__DatabasePath). Stop the bot before exporting.

        Exit codes: 0 done, 1 unexpected error, 2 bad usage, 3 practice not found, 4 database in use by the bot.
        """;
}
