using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>entry.complete: saves the correction form and returns the refreshed card.</summary>
internal sealed class EntryCompleteAction(IEntryStore entries, EntryAccess access, EntryRecorder recorder, IAuditStore audit, TimeProvider time) : ICardAction
{
    public const string Name = "entry.complete";

    public const string RemovedNextStep = "Nothing from this form was saved, because the entry was removed. If it is still needed, log it again.";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        if (CardData.EntryId(data) is not { } id) return CardActionResult.BadRequest("This form doesn't say which entry it belongs to. Type my entries and try again from there.");
        var entry = entries.Find(id);
        // The author (or manager) saving the form of an entry they undid is told so, and the form is taken off the card.
        if (entry is not null && access.WasRemovedFor(context, entry))
            return CardActionResult.Ok(EntryCards.Removed(entry, EntryRemoval.Of(audit, entry.Id), RemovedNextStep));
        if (entry is null || !access.CanChange(context, entry)) return CardActionResult.Forbidden(EntryAccess.NotYours);
        if (entry.PatientPurgedAt is not null) return CardActionResult.BadRequest(PurgedDetails.Text(entry) + " It can't be edited.");
        if (!EntryEditReader.TryRead(data, LondonTime.Today(time), out var edit, out var error)) return CardActionResult.BadRequest(error);
        if (edit.PutsBirthAfterEvent(entry)) return CardActionResult.BadRequest(EntryEditReader.BirthAfterEventText);

        var changes = recorder.ApplyEdit(entry, edit, context.User);
        var name = entry.Reference.Length > 0 ? entry.Reference : "your entry";
        var title = changes.Count == 0 ? $"No changes to {name}" : $"Updated {name}";
        var changed = changes.Count > 0 ? entry.Id : (Guid?)null;
        // "No changes" misled when a box the person had typed in never reached the bot: say which came back empty.
        var notice = changes.Count == 0 && FormBoxes.CameBackEmpty(entry, edit) is { Count: > 0 } empty ? FormBoxes.NotReceivedText(empty) : null;
        if (notice is not null) title = $"Nothing saved to {name}";
        if (EntryReplies.IsPrivate(context)) return CardActionResult.Ok(EntryCards.Saved(entry, title, notice: notice)) with { EntryChanged = changed };
        // Clicked outside personal chat: the card that replaces it must not carry patient details.
        return new CardActionResult(200, EntryCards.Channel(entry, title, remind: false), null,
            [OutgoingMessage.ToAuthor(EntryCards.Saved(entry, title, notice: notice))]) { EntryChanged = changed };
    }
}
