using System.Text.Json;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Commands;

/// <summary>entry.complete: saves the correction form and returns the refreshed card.</summary>
internal sealed class EntryCompleteAction(EntryStore entries, EntryAccess access, EntryRecorder recorder, TimeProvider time) : ICardAction
{
    public const string Name = "entry.complete";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        if (CardData.EntryId(data) is not { } id) return CardActionResult.BadRequest("This form doesn't say which entry it belongs to. Type my entries and try again from there.");
        var entry = entries.Find(id);
        if (entry is null || !access.CanChange(context, entry)) return CardActionResult.Forbidden(EntryAccess.NotYours);
        if (entry.PatientPurgedAt is not null) return CardActionResult.BadRequest(Retention.RetentionPolicy.PurgedText(entry) + " It can't be edited.");
        if (!EntryEditReader.TryRead(data, LondonTime.Today(time), out var edit, out var error)) return CardActionResult.BadRequest(error);
        if (edit.PutsBirthAfterEvent(entry)) return CardActionResult.BadRequest(EntryEditReader.BirthAfterEventText);

        var changes = recorder.ApplyEdit(entry, edit, context.User);
        var name = entry.Reference.Length > 0 ? entry.Reference : "your entry";
        var title = changes.Count == 0 ? $"No changes to {name}" : $"Updated {name}";
        if (EntryReplies.IsPrivate(context)) return CardActionResult.Ok(EntryCards.Saved(entry, title));
        // Clicked outside personal chat: the card that replaces it must not carry patient details.
        return new CardActionResult(200, EntryCards.Channel(entry, title, remind: false), null,
            [OutgoingMessage.ToAuthor(EntryCards.Saved(entry, title))]);
    }
}
