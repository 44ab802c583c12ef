using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.MessageActions;

/// <summary>The messages entries were logged from, in the LiteDB file (see <see cref="IMessageSourceStore"/>).</summary>
public sealed class MessageSourceStore : IMessageSourceStore
{
    // One process holds a LiteDB file, so one lock for the process is one for every store over it.
    private static readonly SemaphoreSlim Logging = new(1, 1);

    private readonly ILiteCollection<MessageSource> _sources;

    public MessageSourceStore(CutoverDatabase db)
    {
        _sources = db.Collection<MessageSource>("message_sources");
        _sources.EnsureIndex(s => s.EntryId);
    }

    public MessageSource? Find(string key) => _sources.FindById(key);

    public MessageSource? ForEntry(Guid entryId) => _sources.FindOne(s => s.EntryId == entryId);

    /// <inheritdoc />
    public void Upsert(MessageSource source) => _sources.Upsert(source);

    /// <inheritdoc />
    public IDisposable Hold(string key) => ProcessHold.Take(Logging);
}
