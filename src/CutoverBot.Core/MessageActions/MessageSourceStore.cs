using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.MessageActions;

/// <summary>The messages entries were logged from, by message: finds an entry already logged from the same message.</summary>
public sealed class MessageSourceStore
{
    private readonly ILiteCollection<MessageSource> _sources;

    public MessageSourceStore(CutoverDatabase db)
    {
        _sources = db.Collection<MessageSource>("message_sources");
        _sources.EnsureIndex(s => s.EntryId);
    }

    public MessageSource? Find(string key) => _sources.FindById(key);

    public MessageSource? ForEntry(Guid entryId) => _sources.FindOne(s => s.EntryId == entryId);

    /// <summary>Written inside the entry's own save, so an entry and its source are kept together or not at all.</summary>
    public void Upsert(MessageSource source) => _sources.Upsert(source);
}
