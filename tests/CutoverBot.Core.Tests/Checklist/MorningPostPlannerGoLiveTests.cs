using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Tests.GoLive;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>The morning planner from go-live on, over the router's practices and entries (confirmations typed as staff would).</summary>
public sealed class MorningPostPlannerGoLiveTests : IDisposable
{
    private static readonly DateOnly GoLive = GoLiveHarness.GoLive;
    private readonly GoLiveHarness _h = new();
    private readonly MorningPostPlanner _planner;

    public MorningPostPlannerGoLiveTests()
    {
        _planner = _h.Bot.Service<MorningPostPlanner>();
    }

    public void Dispose() => _h.Dispose();

    /// <summary>Moves the fake clock to 08:00 London on a day counted from go-live and returns that date.</summary>
    private DateOnly MorningOf(int daysAfterGoLive, int hour = 8)
    {
        var target = new DateTimeOffset(GoLive.AddDays(daysAfterGoLive).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
        if (target > _h.Bot.Time.GetUtcNow()) _h.Bot.Time.SetUtcNow(target);
        return _h.Today;
    }

    private IReadOnlyList<MorningPost> Plan(DateOnly date) => _planner.Plan(_h.Riverside, date);

    private string Shown(IReadOnlyList<MorningPost> posts, MorningPostKind kind) => _h.Render(Assert.Single(posts, p => p.Kind == kind).Card);

    private string ManagerCard(DateOnly date) => Shown(Plan(date), MorningPostKind.ManagerMorning);

    [Fact]
    public void Plan_GoLiveDay_GoLiveCardInsteadOfTheChecklistAndNoNudgesYet()
    {
        _h.Call(Sam, "Ann Lee");
        _h.Call(Alex, "Raj Patel");

        var posts = Plan(GoLive);

        Assert.Equal([MorningPostKind.GoLiveChannel, MorningPostKind.ManagerMorning], posts.Select(p => p.Kind));
        Assert.Null(posts[0].RecipientUserId);
        Assert.Equal(GoLiveCards.Template, posts[0].Card.Template);
        var manager = _h.Render(posts[1].Card);
        Assert.Contains("Re-entry: 2 of 2 entries still to re-enter, by 2 people:", manager);
        Assert.Contains("\"title\":\"Sam Reception\",\"value\":\"1 to re-enter\"", manager);
        Assert.DoesNotContain("waiting for re-entry", manager);
        Assert.DoesNotContain("Ann Lee", manager);
    }

    [Fact]
    public void Plan_BeforeGoLive_ChecklistCardAndManagerCardWithoutGoLiveNotes()
    {
        _h.Call(Sam, "Ann Lee");

        var posts = Plan(GoLive.AddDays(-1));

        Assert.Equal([MorningPostKind.ChannelChecklist, MorningPostKind.ManagerMorning], posts.Select(p => p.Kind));
        Assert.Contains("1 entry waiting for re-entry.", _h.Render(posts[1].Card));
        Assert.DoesNotContain("Re-entry:", _h.Render(posts[1].Card));
        Assert.DoesNotContain("Re-entry:", _h.Render(posts[0].Card));
    }

    [Fact]
    public void Plan_DaysAfterGoLive_NudgesOnlyThoseWithEntriesOutstandingUntilTheirsAreDone()
    {
        _h.Call(Sam, "A");
        _h.Call(Sam, "B");
        _h.Call(Alex, "C", EntryStatus.Reentered);
        _h.Call(Alex, "D");
        _h.Call(Both, "E", EntryStatus.NotNeeded);

        var first = Plan(MorningOf(1));
        Assert.Equal(MorningPostKind.ChannelChecklist, first[0].Kind);
        Assert.Contains("Re-entry: 3 entries still to re-enter.", _h.Render(first[0].Card));
        Assert.Equal([Alex.Id, Sam.Id], Nudged(first));
        _h.Say(Personal(Sam), "reentered all");
        Assert.Equal([Alex.Id], Nudged(Plan(MorningOf(2))));
        _h.Say(Personal(Alex), "reentered all");

        var done = Plan(MorningOf(3));
        Assert.Empty(Nudged(done));
        Assert.Contains("Re-entry: every entry is re-entered or marked not needed.", Shown(done, MorningPostKind.ManagerMorning));
        Assert.Contains("Re-entry: nothing is waiting to be re-entered.", Shown(done, MorningPostKind.ChannelChecklist));
    }

    [Fact]
    public void ManagerCard_SomethingOutstanding_LegacyWarningExactlyAt30_14_7And1DaysLeft()
    {
        _h.Call(Sam, "A");

        var warned = Enumerable.Range(-3, 94).Where(d => ManagerCard(GoLive.AddDays(d)).Contains("Legacy access ends", StringComparison.Ordinal)).ToList();

        Assert.Equal([60, 76, 83, 89], warned);
        Assert.Contains("Legacy access ends in 7 days (Wed 24 Feb 2027) and 1 entry still to re-enter.", ManagerCard(GoLive.AddDays(83)));
        Assert.Contains("\"color\":\"Attention\"", ManagerCard(GoLive.AddDays(89)));
    }

    [Fact]
    public void ManagerCard_AllDone_NoLegacyWarningAnyDay()
    {
        _h.Call(Sam, "A", EntryStatus.Reentered);
        _h.Call(Alex, "B", EntryStatus.NotNeeded);

        Assert.DoesNotContain(Enumerable.Range(0, 91), d => ManagerCard(GoLive.AddDays(d)).Contains("Legacy access ends", StringComparison.Ordinal));
        Assert.Empty(Plan(GoLive.AddDays(91)));
    }

    [Fact]
    public void Plan_EntryLoggedAfterGoLive_AnnouncedOnTheNextMorningsCardsOnly()
    {
        _h.Call(Sam, "A", EntryStatus.Reentered);
        MorningOf(4, hour: 14);
        var late = _h.Bot.Log(Personal(Alex), "paper path result Zoe Quinn 7.7.77 FBC normal");

        var next = Plan(MorningOf(5));

        var manager = Shown(next, MorningPostKind.ManagerMorning);
        Assert.Contains($"Logged yesterday, after go-live, and added to the re-entry list: 1 entry ({late.Reference}).", manager);
        Assert.Contains("Re-entry: 1 of 2 entries still to re-enter, by 1 person:", manager);
        var channel = Shown(next, MorningPostKind.ChannelChecklist);
        Assert.Contains("Logged yesterday, after go-live: added to the re-entry list", channel);
        Assert.Contains("Re-entry: 1 entry still to re-enter.", channel);
        Assert.DoesNotContain("Zoe", channel + manager);
        Assert.Equal([Alex.Id], Nudged(next));
        Assert.DoesNotContain("Logged yesterday, after go-live", ManagerCard(MorningOf(6)));
    }

    [Fact]
    public void ManagerCard_TwoThousandEntriesByEightyPeopleAllLate_StaysUnderTeamsSizeLimit()
    {
        var day = MorningOf(60);
        var people = Enumerable.Range(0, 80).Select(i => new Kernel.ChatUser($"29:user-{i}", $"Colleague With A Long Name Number {i}")).ToList();
        for (var i = 0; i < 2000; i++)
            _h.Seed(people[i % people.Count], EntryCategory.Call, "A", loggedAt: _h.Bot.Time.GetUtcNow().AddDays(-1).AddSeconds(i));

        var card = ManagerCard(day);

        Assert.Contains("Legacy access ends in 30 days", card);
        Assert.Contains("And 65 people more.", card);
        Assert.InRange(CardRenderer.Utf8Size(card), 1, CardRenderer.MaxCardBytes - 1);
    }

    private static List<string?> Nudged(IReadOnlyList<MorningPost> posts) =>
        posts.Where(p => p.Kind == MorningPostKind.ReentryNudge).Select(p => p.RecipientUserId).Order(StringComparer.Ordinal).ToList();
}
