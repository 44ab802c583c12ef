
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Entries;

/// <summary>
/// What the cards the bot already posted for an entry should show now, for the host to put in place of them after
/// the entry changes: the channel reply (never a patient detail) and the author's own card once the entry is removed.
/// </summary>
public sealed class EntryPostedCards(IEntryStore entries, IAuditStore audit)
{
    /// <summary>The entry as it is stored now, deleted or not; null when there is no such entry.</summary>
    public Entry? Find(Guid entryId) => entries.Find(entryId);

    /// <summary>The channel reply: reference, kind, what is missing or that it is complete; the removed card once removed.</summary>
    public CardReply Shared(Entry entry)
    {
        if (entry.Deleted) return EntryCards.Removed(entry, EntryRemoval.Of(audit, entry.Id));
        var name = entry.Reference.Length > 0 ? entry.Reference : "(reference to follow)";
        var edited = audit.ForEntry(entry.Id).Any(r => r.Action == AuditAction.Edited);
        return EntryCards.Channel(entry, (edited ? "Updated " : "Saved ") + name, remind: false);
    }

    /// <summary>
    /// The author's own card (with the form) once the entry is removed, so no live Save or Delete is left on it; null
    /// while the entry is live: that card is the author's form and stays as they left it.
    /// </summary>
    public CardReply? Personal(Entry entry) => entry.Deleted ? EntryCards.Removed(entry, EntryRemoval.Of(audit, entry.Id)) : null;
}
