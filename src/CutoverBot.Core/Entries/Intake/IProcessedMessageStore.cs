namespace CutoverBot.Core.Entries.Intake;

/// <summary>
/// The messages taken in over the last <see cref="ProcessedMessageStore.Retention"/>, so a message Teams delivers again
/// is recognised. One implementation per engine: <see cref="ProcessedMessageStore"/> (LiteDB) and
/// <see cref="PostgreSql.PostgresProcessedMessageStore"/>.
/// </summary>
public interface IProcessedMessageStore
{
    bool Contains(string key);

    /// <summary>Records the id and now and then forgets old ones.</summary>
    void Record(string key, DateTimeOffset now);

    /// <summary>Records the id only: safe inside another save's transaction, which a prune would hold up.</summary>
    void Add(string key, DateTimeOffset now);

    /// <summary>
    /// As <see cref="Add"/> inside an entry's save, but false when the message is already taken in: on PostgreSQL a copy
    /// another instance is saving at the same moment waits for that save and then finds its mark.
    /// </summary>
    bool TryAdd(string key, DateTimeOffset now);

    void PruneNowAndThen(DateTimeOffset now);

    /// <summary>Forgets ids older than <see cref="ProcessedMessageStore.Retention"/>; returns how many.</summary>
    int Prune(DateTimeOffset now);

    int Count { get; }
}
