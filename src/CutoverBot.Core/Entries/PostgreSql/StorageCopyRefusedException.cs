namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>The PostgreSQL database already holds different data for a practice being copied; nothing was copied. The message names practices and references only.</summary>
public sealed class StorageCopyRefusedException(string message) : Exception(message);
