using System.Text.Json;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// reentry.view: "Show my entries" and the go-live card's refresh. Practice staff get their own entries with patient
/// details (the manager everyone's); anyone else in the conversation (a guest) gets the shared card.
/// </summary>
internal sealed class ReentryViewAction(GoLiveViews views, GoLiveAccess access, ReentryView view) : ICardAction
{
    public const string Name = "reentry.view";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var (practice, error) = access.Read(context, data);
        if (practice is null) return error!;
        if (CardData.Page(data) is not { } page) return CardActionResult.BadRequest(CardData.BadPage);
        if (!access.IsStaff(context.User, practice)) return CardActionResult.Ok(views.SharedCard(practice));
        return CardActionResult.Ok(view.For(practice, context.User, practice.IsManagedBy(context.User.Id), page, views.Today));
    }
}
