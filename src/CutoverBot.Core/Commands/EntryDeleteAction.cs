using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>
/// entry.delete: the Delete button on an entry's card (same rules as typing delete &lt;ref&gt;). The clicked card
/// becomes the removed card, so no live button is left on it.
/// </summary>
internal sealed class EntryDeleteAction(IEntryStore entries, EntryAccess access, EntryRecorder recorder, IAuditStore audit) : ICardAction
{
    public const string Name = "entry.delete";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        if (CardData.EntryId(data) is not { } id) return CardActionResult.BadRequest("This button doesn't say which entry to delete.");
        var entry = entries.Find(id);
        if (entry is not null && access.WasRemovedFor(context, entry))
            return CardActionResult.Ok(EntryCards.Removed(entry, EntryRemoval.Of(audit, entry.Id), "It was already removed, so there was nothing more to delete."));
        if (entry is null || !access.CanChange(context, entry)) return CardActionResult.Forbidden(EntryAccess.NotYours);
        recorder.Remove(entry, context.User, AuditAction.Deleted);
        return CardActionResult.Ok(EntryCards.Removed(entry, EntryRemoval.Of(audit, entry.Id))) with { EntryChanged = entry.Id };
    }
}
