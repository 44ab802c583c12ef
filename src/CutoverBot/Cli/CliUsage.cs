namespace CutoverBot.Cli;

internal static class CliUsage
{
    public const string TeamsPackage = """
        teams-package writes the Teams app package (manifest.json and its two icons, zipped) for your deployment:
          dotnet run --project src/CutoverBot -- teams-package --bot-id <Microsoft App ID> --domain <host name>
              --website <https URL> --privacy <https URL> --terms <https URL> [--app-id <GUID>] [--graph-client-id <GUID>] [--out FILE]
        (or manifest/build.sh with BOT_ID, BOT_DOMAIN, DEVELOPER_URL, PRIVACY_URL, TERMS_URL, APP_ID, GRAPH_CLIENT_ID, OUT)

          --bot-id           The Azure Bot's Microsoft App ID (a GUID).
          --domain           The host name Teams reaches the bot on, e.g. cutoverbot.icb.nhs.uk (no https://, no path).
          --website, --privacy, --terms
                             Your organisation's website, privacy notice and terms of use: Teams shows them on the app's page.
          --app-id           A new Teams app id, only to run a second copy of the app in the same tenant.
          --graph-client-id  The Graph app registration (Graph:ClientId): adds the resource-specific consent to read each
                             team's files, so Graph needs no tenant-wide files permission (docs/security.md, Microsoft Graph).
          --out, -o          The zip to write (default cutoverbot-teams-app.zip).
          --manifest-folder  A folder with your own manifest.json, color.png and outline.png (default: the ones in manifest/).
        It refuses (exit code 2) to write a package that would still hold a placeholder (a zero GUID, an example.com address).
        """;

    public const string SeedDemo = """
        seed-demo fills a Development database with a demo practice, Riverside Surgery (the Playground's team), its
        staff, a few days of made-up entries, ticked checklist tasks and a go-live, so export, audit and every card can
        be tried at once:
          dotnet run --project src/CutoverBot -- seed-demo [--database FILE]
        It refuses outside the Development environment (exit code 6), and when the database already holds the demo.
        """;

    public const string CheckBackup = """
        check-backup proves a backup copy can be restored: it reads a private copy of FILE (FILE itself is never written),
        opens every entry's sealed patient details with the configured keys and counts practices and entries:
          dotnet run --project src/CutoverBot -- check-backup --database FILE
          dotnet run --project src/CutoverBot -- check-storage [--connection CONNECTION-STRING]
          dotnet run --project src/CutoverBot -- migrate-storage --to postgresql [--database FILE] [--connection CONNECTION-STRING]
        It runs while the bot is running (it never opens the live database). Exit codes: 0 readable, 2 not a CutoverBot
        database, 5 the keys cannot open it (a backup without its key is no backup), 1 anything else.
        """;

    public const string CheckStorage = """
        check-storage checks the PostgreSQL server of Storage:ConnectionString (or --connection) as the bot's start-up
        does, and brings its schema up to date (it never drops data):
          dotnet run --project src/CutoverBot -- check-storage [--connection "Host=...;Database=...;Username=...;Password=..."]
        Exit codes: 0 reachable and current, 7 unreachable, 8 wrong user name or password, 9 no such database,
        10 no permission to create the schema, 11 schema made by a newer CutoverBot, 2 bad usage, 1 anything else.
        The connection string holds a password: prefer the environment variable Storage__ConnectionString to --connection.
        """;

    public const string MigrateStorage = """
        migrate-storage copies the bot's LiteDB database into the PostgreSQL server of Storage:ConnectionString (or
        --connection): everything in it, entries with their patient details still sealed, counted per kind:
          dotnet run --project src/CutoverBot -- migrate-storage --to postgresql [--database FILE] [--connection CONNECTION-STRING]
        Stop the bot first. It uses the configured encryption keys (the same keys must then be given to the bot on
        PostgreSQL). Run again, it copies only what is missing; when PostgreSQL already holds a different record
        under the same key, it names it, refuses and copies nothing (exit code 6). Replies still queued for
        delivery are not copied (it says how many). Exit codes as check-storage's, and 4 database in use, 5 key problem.
        """;

    public const string Text = """
        Usage:
          dotnet run --project src/CutoverBot -- export --practice <team id, ODS code or name> --format csv [--out FILE] [--database FILE]
          dotnet run --project src/CutoverBot -- audit --practice <team id, ODS code or name> [--out FILE] [--database FILE]
          dotnet run --project src/CutoverBot -- rotate-key [--database FILE]
          dotnet run --project src/CutoverBot -- teams-package --bot-id <App ID> --domain <host> --website <URL> --privacy <URL> --terms <URL>
          dotnet run --project src/CutoverBot -- check-backup --database FILE
          dotnet run --project src/CutoverBot -- check-storage [--connection CONNECTION-STRING]
          dotnet run --project src/CutoverBot -- migrate-storage --to postgresql [--database FILE] [--connection CONNECTION-STRING]
          dotnet run --project src/CutoverBot -- seed-demo [--database FILE]      (Development only)
        On a server, run the published bot instead: dotnet CutoverBot.dll export ... (docs/deploy.md, "The command line").

        export writes every entry of one practice as CSV: to FILE with --out, otherwise to standard output. Each export
        is recorded first in <database>-cli-audit.jsonl beside the database, or on PostgreSQL in the server's audit
        trail (who, when, how many; no patient data).
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

        export, audit, rotate-key and seed-demo read the same configuration as the bot (appsettings.json,
        appsettings.{Environment}.json, environment variables such as Storage__DatabasePath and Storage__EncryptionKey).
        Stop the bot first: they refuse a database the running bot has open. With Storage:Provider PostgreSql and no
        --database, export, audit and rotate-key work on the server instead, while the bot runs (exit codes 7 to 11 as
        check-storage's), and the export is recorded in the server's audit trail.

        teams-package, check-backup, check-storage, migrate-storage and seed-demo: "<verb> --help" says more.

        Exit codes: 0 done, 1 unexpected error, 2 bad usage (or no database), 3 practice not found,
        4 database in use by the bot, 5 encryption key missing or malformed, or a record sealed with a key not supplied,
        6 refused: seed-demo outside Development, the demo is already there, or migrate-storage found other data;
        check-storage and migrate-storage: 7 to 11 (check-storage --help).
        """;
}
