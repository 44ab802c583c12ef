namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>What the start-up check found wrong with the PostgreSQL server, if anything.</summary>
public enum StorageProblem
{
    None,
    Unreachable,
    WrongPassword,
    MissingDatabase,
    NoPermission,
    SchemaTooNew,
    /// <summary>Anything else the server answered; the message names its SQLSTATE code only.</summary>
    Other,
}
