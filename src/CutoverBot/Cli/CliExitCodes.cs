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
}
