using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// checklist.earlier: the previous or next page of a card's earlier tasks ({date, page}). Only the person who clicked
/// sees the page turn; the typed twin is <c>checklist earlier 2</c>. Guests may page the card they can read.
/// </summary>
internal sealed class ChecklistEarlierAction(ChecklistAccess access, MorningPostPlanner planner, TimeProvider time) : ICardAction
{
    public const string Name = "checklist.earlier";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var today = LondonTime.Today(time);
        if (ChecklistCardDay.Read(data, today) is null) return CardActionResult.BadRequest(ChecklistCardDay.Damaged);
        if (CardData.Page(data) is not { } page) return CardActionResult.BadRequest(CardData.BadPage);
        var (practice, refusal) = access.PracticeToRead(context);
        if (practice is null) return CardActionResult.Forbidden(refusal!);
        if (ChecklistCardDay.Read(data, today, practice) is not { } date) return CardActionResult.BadRequest(ChecklistCardDay.Damaged);
        return CardActionResult.Ok(planner.BuildChannelCard(practice, date, ChecklistCardDay.Superseded(date, time, practice.MorningPostTime), page));
    }
}
