using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Entries.Intake;

/// <summary>
/// The messages (conversation and activity id) taken in over the last <see cref="Retention"/>, in the LiteDB file, so a
/// message Teams delivers again (it does when a turn has not answered within about 15 seconds) is recognised. Older ids
/// are pruned as new ones arrive.
/// </summary>
public sealed class ProcessedMessageStore : IProcessedMessageStore
{
    /// <summary>Teams redelivers within minutes; two days also covers a bot that was down overnight.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(48);

    private const int PruneEvery = 500;
    private readonly ILiteCollection<ProcessedMessage> _seen;
    private int _sincePrune;

    public ProcessedMessageStore(CutoverDatabase db)
    {
        _seen = db.Collection<ProcessedMessage>("processed_activities");
        _seen.EnsureIndex(p => p.At);
    }

    public static string KeyOf(string conversationId, string activityId) => conversationId + "\n" + activityId;

    public bool Contains(string key) => _seen.FindById(key) is not null;

    public void Record(string key, DateTimeOffset now)
    {
        Add(key, now);
        PruneNowAndThen(now);
    }

    /// <summary>Records the id only: safe inside another save's transaction, which a prune would hold up.</summary>
    public void Add(string key, DateTimeOffset now) => _seen.Upsert(new ProcessedMessage { Id = key, At = now });

    // One process holds the file and MessageIntake keeps a message in flight once, so a look first cannot race.
    public bool TryAdd(string key, DateTimeOffset now)
    {
        if (Contains(key)) return false;
        Add(key, now);
        return true;
    }

    public void PruneNowAndThen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _sincePrune) % PruneEvery == 0) Prune(now);
    }

    /// <summary>Forgets ids older than <see cref="Retention"/>; returns how many.</summary>
    public int Prune(DateTimeOffset now)
    {
        var before = now - Retention;
        return _seen.DeleteMany(p => p.At < before);
    }

    public int Count => _seen.Count();
}
