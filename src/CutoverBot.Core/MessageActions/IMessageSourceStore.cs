namespace CutoverBot.Core.MessageActions;

/// <summary>
/// The messages entries were logged from, by message. One implementation per engine: <see cref="MessageSourceStore"/>
/// (LiteDB) and <see cref="PostgreSql.PostgresMessageSourceStore"/> (the shared server).
/// </summary>
public interface IMessageSourceStore
{
    MessageSource? Find(string key);

    MessageSource? ForEntry(Guid entryId);

    /// <summary>Written inside the entry's own save, so an entry and its source are kept together or not at all.</summary>
    void Upsert(MessageSource source);

    /// <summary>
    /// Held while a message is checked for an entry already logged from it and then logged: anyone else logging the
    /// same message (on this instance or another) waits until it is released, and then finds that entry.
    /// </summary>
    IDisposable Hold(string key);
}
