namespace CutoverBot.Cli;

internal static class CliUsage
{
    public const string Text = """
        Usage:
          dotnet run --project src/CutoverBot -- export --practice <team id, ODS code or name> --format csv [--out FILE] [--database FILE]
          dotnet run --project src/CutoverBot -- rotate-key [--database FILE]
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

        rotate-key re-encrypts every record of the database, in place, under Storage:EncryptionKey. Records sealed
        with older keys are opened with the keys in Storage:PreviousKeys (and the development key file beside the
        database, if any); entries written before encryption are encrypted. All or nothing: if any record cannot be
        opened, nothing changes. Take a backup first, and keep the old keys until backups made before it expire.

        Both read the same configuration as the bot (appsettings.json, appsettings.{Environment}.json,
        environment variables such as Storage__DatabasePath and Storage__EncryptionKey). Stop the bot first.

        Exit codes: 0 done, 1 unexpected error, 2 bad usage (or no database), 3 practice not found,
        4 database in use by the bot, 5 encryption key missing or malformed, or a record sealed with a key not supplied.
        """;
}
