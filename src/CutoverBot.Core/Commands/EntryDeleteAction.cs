using System.Text.Json;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Commands;

/// <summary>entry.delete: the Delete button on an entry's card (same rules as typing delete &lt;ref&gt;).</summary>
internal sealed class EntryDeleteAction(EntryStore entries, EntryAccess access, EntryRecorder recorder) : ICardAction
{
    public const string Name = "entry.delete";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        if (CardData.EntryId(data) is not { } id) return CardActionResult.BadRequest("This button doesn't say which entry to delete.");
        var entry = entries.Find(id);
        if (entry is null || !access.CanChange(context, entry)) return CardActionResult.Forbidden(EntryAccess.NotYours);
        recorder.Remove(entry, context.User, AuditAction.Deleted);
        return CardActionResult.Done(entry.Reference.Length > 0 ? $"Deleted {entry.Reference}." : "Deleted.");
    }
}
