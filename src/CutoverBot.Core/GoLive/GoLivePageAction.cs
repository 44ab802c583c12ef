using System.Text.Json;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.GoLive;

/// <summary>golive.page: "Show all" / "Show more" on a long go-live list, and "Back to the summary". References and counts only.</summary>
internal sealed class GoLivePageAction(GoLiveViews views, GoLiveAccess access) : ICardAction
{
    public const string Name = "golive.page";
    public const string SummarySection = "summary";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var (practice, error) = access.Read(context, data);
        if (practice is null) return error!;
        var key = CardData.String(data, "section");
        if (key == SummarySection) return CardActionResult.Ok(views.SharedCard(practice));
        if (GoLiveSections.FromKey(key) is not { } section) return CardActionResult.BadRequest("That list isn't one I know.");
        if (CardData.Page(data) is not { } page) return CardActionResult.BadRequest(CardData.BadPage);
        return CardActionResult.Ok(GoLiveCards.List(views.Summary(practice), section, page));
    }
}
