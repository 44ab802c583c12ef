using CutoverBot.Core.Cards;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Decides which morning cards a practice gets on a London date; the scheduler decides when and the sender delivers.
/// Nothing is planned for a practice that is inactive or not set up, or once legacy access has ended (phase closed).
/// </summary>
public sealed class MorningPostPlanner(ChecklistCards cards)
{
    public IReadOnlyList<MorningPost> Plan(Practice practice, DateOnly londonDate)
    {
        if (!practice.Active || CutoverCalendar.DatesOf(practice) is not { } dates) return [];
        if (CutoverCalendar.PhaseOn(dates, londonDate) == CutoverPhase.Closed) return [];
        var posts = new List<MorningPost>
        {
            new(practice.Id, MorningPostKind.ChannelChecklist, londonDate, cards.Channel(practice, londonDate, superseded: false), null),
        };
        if (!string.IsNullOrEmpty(practice.ManagerUserId))
        {
            posts.Add(new(practice.Id, MorningPostKind.ManagerMorning, londonDate, cards.ManagerMorning(practice, londonDate), practice.ManagerUserId));
        }
        return posts;
    }

    /// <summary>
    /// The channel card of a day as it stands now: for the in-place update after a tick, or with
    /// <paramref name="superseded"/> true when the next morning's card has been posted.
    /// </summary>
    public CardReply BuildChannelCard(Practice practice, DateOnly date, bool superseded) => cards.Channel(practice, date, superseded);
}
