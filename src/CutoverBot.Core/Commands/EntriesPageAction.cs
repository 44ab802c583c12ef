using System.Text.Json;

namespace CutoverBot.Core.Commands;

/// <summary>entries.page: "Show more" on the my-entries card, and "My entries" on the help card.</summary>
internal sealed class EntriesPageAction(MyEntriesView view) : ICardAction
{
    public const string Name = "entries.page";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var page = data.ValueKind == JsonValueKind.Object && !data.TryGetProperty("page", out _) ? 1 : CardData.Int(data, "page");
        if (page is not (>= 1 and <= 100_000)) return CardActionResult.BadRequest("That page number isn't one I can show.");
        var (card, message) = view.Page(context, page.Value);
        if (card is null) return CardActionResult.Done(message!);
        if (EntryReplies.IsPrivate(context)) return CardActionResult.Ok(card);
        return CardActionResult.Done(MyEntriesView.SentPrivately, OutgoingMessage.ToAuthor(card));
    }
}
