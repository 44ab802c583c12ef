using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Scheduling;

namespace CutoverBot.Tests.Scheduling;

/// <summary>
/// Plans a channel card (and a manager card when the practice has a manager) every day, or with
/// <see cref="CutoverWindowOnly"/> only from FDP-35 to go-live+90; with <see cref="GoLiveCard"/> the go-live card
/// replaces the channel card on go-live day; <see cref="NudgeRecipients"/> adds a nudge for each person it names. Card
/// text names the post and the date so tests can tell posts apart.
/// </summary>
public sealed class FakePlanner : IMorningPostPlanner
{
    private int _calls;

    public int Calls => _calls;

    public bool CutoverWindowOnly { get; set; }

    public bool GoLiveCard { get; set; }

    /// <summary>Who gets a re-entry nudge on a date; none when null.</summary>
    public Func<Practice, DateOnly, IReadOnlyList<string>>? NudgeRecipients { get; set; }

    public IReadOnlyList<MorningPost> Plan(Practice practice, DateOnly londonDate, DateTimeOffset at)
    {
        Interlocked.Increment(ref _calls);
        if (practice.FdpDate is not { } fdp || practice.GoLiveDate is not { } goLive) return [];
        if (CutoverWindowOnly && (londonDate < fdp.AddDays(-35) || londonDate > goLive.AddDays(90))) return [];
        var posts = new List<MorningPost>
        {
            GoLiveCard && londonDate == goLive
                ? new(practice.Id, MorningPostKind.GoLiveChannel, londonDate, Card("golive", practice, londonDate), null)
                : new(practice.Id, MorningPostKind.ChannelChecklist, londonDate, Card("channel", practice, londonDate), null),
        };
        if (practice.ManagerUserId is { } manager)
            posts.Add(new(practice.Id, MorningPostKind.ManagerMorning, londonDate, Card("manager", practice, londonDate), manager));
        foreach (var user in NudgeRecipients?.Invoke(practice, londonDate) ?? [])
            posts.Add(new(practice.Id, MorningPostKind.ReentryNudge, londonDate, Card("nudge " + user, practice, londonDate), user));
        return posts;
    }

    public CardReply BuildSupersededChannelCard(Practice practice, DateOnly date) => Card("superseded", practice, date);

    private static CardReply Card(string what, Practice practice, DateOnly date) => new("fake", $"{what} {practice.Id} {date:yyyy-MM-dd}");
}
