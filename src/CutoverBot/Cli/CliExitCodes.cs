namespace CutoverBot.Cli;

/// <summary>Exit codes of the command-line verbs, so scripts can tell the failures apart.</summary>
internal static class CliExitCodes
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int BadUsage = 2;
    public const int PracticeNotFound = 3;
    public const int DatabaseBusy = 4;
    /// <summary>No encryption key is configured, one is malformed, or a record is sealed with a key not supplied.</summary>
    public const int KeyProblem = 5;
    /// <summary>seed-demo outside Development, or on a database that already holds the demo practice.</summary>
    public const int Refused = 6;
    /// <summary>check-storage: the PostgreSQL server cannot be reached (name, port, firewall, server down).</summary>
    public const int StorageUnreachable = 7;
    /// <summary>check-storage: the server refused the user name or password.</summary>
    public const int StorageWrongPassword = 8;
    /// <summary>check-storage: the database named in the connection string does not exist.</summary>
    public const int StorageMissingDatabase = 9;
    /// <summary>check-storage: the user may not create the bot's schema.</summary>
    public const int StorageNoPermission = 10;
    /// <summary>check-storage: the schema was made by a newer CutoverBot.</summary>
    public const int StorageSchemaTooNew = 11;
}
