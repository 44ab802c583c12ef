namespace CutoverBot.Core.Storage;

/// <summary>Which database engine holds the bot's data (Storage:Provider).</summary>
public enum StorageProvider
{
    /// <summary>The embedded LiteDB file: the default, no server, exactly one instance of the bot.</summary>
    LiteDb,

    /// <summary>A PostgreSQL server shared by every instance (Storage:ConnectionString).</summary>
    PostgreSql,
}
