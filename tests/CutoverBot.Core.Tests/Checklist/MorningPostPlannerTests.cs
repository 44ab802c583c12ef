using CutoverBot.Core.Checklist;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.Tests.Checklist;

public sealed class MorningPostPlannerTests
{
    [Theory]
    [InlineData(-35)]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6 + 1)]
    [InlineData(6 + 90)]
    public void Plan_SetUpPracticeWithManager_ChannelCardAndManagerCard(int daysFromFdp)
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice());
        var date = ChecklistHarness.Fdp.AddDays(daysFromFdp);

        var posts = h.Planner.Plan(practice, date);

        Assert.Equal([MorningPostKind.ChannelChecklist, MorningPostKind.ManagerMorning], posts.Select(p => p.Kind));
        Assert.All(posts, p => Assert.Equal((practice.Id, date), (p.PracticeId, p.Date)));
        Assert.Null(posts[0].RecipientUserId);
        Assert.Equal(ChecklistCards.ChannelTemplate, posts[0].Card.Template);
        Assert.Equal("29:manager", posts[1].RecipientUserId);
        Assert.Equal(ChecklistCards.ManagerTemplate, posts[1].Card.Template);
    }

    [Fact]
    public void Plan_BeforeTheFirstTaskWindow_NothingThenPostsFromItsFirstDay()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice(setUpOn: ChecklistHarness.Fdp.AddDays(-90)));

        Assert.Empty(h.Planner.Plan(practice, ChecklistHarness.Fdp.AddDays(-43)));
        Assert.Equal(2, h.Planner.Plan(practice, ChecklistHarness.Fdp.AddDays(-42)).Count);
    }

    [Fact]
    public void Plan_NoManager_OnlyTheChannelCard()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice(manager: null));

        var posts = h.Planner.Plan(practice, ChecklistHarness.Fdp);

        Assert.Equal(MorningPostKind.ChannelChecklist, Assert.Single(posts).Kind);
    }

    [Fact]
    public void Plan_AfterLegacyAccessEnds_Nothing()
    {
        using var h = new ChecklistHarness();

        Assert.Empty(h.Planner.Plan(h.Save(ChecklistHarness.NewPractice()), ChecklistHarness.GoLive.AddDays(91)));
    }

    [Fact]
    public void Plan_NotSetUpOrInactive_Nothing()
    {
        using var h = new ChecklistHarness();
        var notSetUp = ChecklistHarness.NewPractice();
        notSetUp.FdpDate = null;
        var inactive = ChecklistHarness.NewPractice();
        inactive.Active = false;

        Assert.Empty(h.Planner.Plan(notSetUp, ChecklistHarness.Fdp));
        Assert.Empty(h.Planner.Plan(inactive, ChecklistHarness.Fdp));
    }

    [Fact]
    public void BuildChannelCard_Superseded_IsTheSameDayMarkedSuperseded()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice());

        var card = (ChecklistCardData)h.Planner.BuildChannelCard(practice, ChecklistHarness.Fdp, superseded: true).Data;

        Assert.True(card.Superseded);
        Assert.Equal("FDP day", card.PhaseText);
        Assert.Contains(card.Today, r => r.TaskId == "fdp-logoff");
    }
}
