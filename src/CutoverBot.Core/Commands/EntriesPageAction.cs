using System.Text.Json;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Commands;

/// <summary>entries.page: "Show more" on the my-entries card, and "My entries" on the help card.</summary>
internal sealed class EntriesPageAction(MyEntriesView view) : ICardAction
{
    public const string Name = "entries.page";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        if (CardData.Page(data) is not { } page) return CardActionResult.BadRequest(CardData.BadPage);
        var (card, message) = view.Page(context, page);
        if (card is null) return CardActionResult.Done(message!);
        if (EntryReplies.IsPrivate(context)) return CardActionResult.Ok(card);
        return CardActionResult.Done(MyEntriesView.SentPrivately, OutgoingMessage.ToAuthor(card));
    }
}
