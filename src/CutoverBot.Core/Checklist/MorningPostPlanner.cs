using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Decides which morning cards a practice gets on a London date; the scheduler decides when and the sender delivers.
/// The channel gets the day's checklist card, except on go-live day when it gets the go-live card instead (the
/// checklist stays a <c>checklist</c> away, and the manager's card lists the day's tasks). After go-live the checklist
/// card comes back for the after-go-live tasks, and everyone with entries still to re-enter gets a nudge in personal
/// chat. Nothing is planned for a practice that is inactive or not set up, before the first task of the calendar
/// starts (a daily "nothing due" card months ahead would teach staff to ignore it), or once legacy access has ended.
/// </summary>
public sealed class MorningPostPlanner(ChecklistCards cards, IGoLiveMorning golive)
{
    /// <summary>
    /// The posts of <paramref name="londonDate"/>, worded for <paramref name="londonTime"/>, when they go out: a post
    /// caught up late in the day greets for the afternoon or evening (the practice's post time when not given).
    /// </summary>
    public IReadOnlyList<MorningPost> Plan(Practice practice, DateOnly londonDate, TimeOnly? londonTime = null)
    {
        if (!practice.Active || CutoverCalendar.DatesOf(practice) is not { } dates) return [];
        if (CutoverCalendar.PhaseOn(dates, londonDate) == CutoverPhase.Closed) return [];
        if (cards.FirstTaskDay(practice) is { } first && londonDate < first) return [];
        var posts = new List<MorningPost>
        {
            golive.ReplacesChannelCard(practice, londonDate)
                ? new(practice.Id, MorningPostKind.GoLiveChannel, londonDate, golive.ChannelCard(practice, londonDate), null)
                : new(practice.Id, MorningPostKind.ChannelChecklist, londonDate, cards.Channel(practice, londonDate, superseded: false), null),
        };
        if (!string.IsNullOrEmpty(practice.ManagerUserId))
        {
            var card = cards.ManagerMorning(practice, londonDate, golive.ForManager(practice, londonDate), londonTime);
            posts.Add(new(practice.Id, MorningPostKind.ManagerMorning, londonDate, card, practice.ManagerUserId));
        }
        posts.AddRange(golive.Nudges(practice, londonDate));
        return posts;
    }

    /// <summary>
    /// The channel checklist card of a day as it stands now: for the in-place update after a tick, or with
    /// <paramref name="superseded"/> true when the next morning's card has been posted. <paramref name="earlierPage"/>
    /// draws the earlier tasks open at that page.
    /// </summary>
    public CardReply BuildChannelCard(Practice practice, DateOnly date, bool superseded, int? earlierPage = null) =>
        cards.Channel(practice, date, superseded, earlierPage);
}
