using System.Text.Json;
using System.Text.Json.Nodes;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>
/// A practice that sets up late finds the tasks whose dates had passed on the checklist card, under "Earlier tasks
/// still open": folded to a count when there are many, a page at a time, tickable with the same rules as any task.
/// </summary>
public sealed class EarlierTasksTests
{
    // Set up on cutover day 2: every preparation task's window had closed by then.
    private static readonly DateOnly SetUpDay = ChecklistHarness.Fdp.AddDays(2);

    private static ChecklistHarness Start(DateOnly? setUpOn = null)
    {
        var h = new ChecklistHarness();
        h.Save(ChecklistHarness.NewPractice(setUpOn: setUpOn ?? SetUpDay));
        h.SetLondon(SetUpDay, 11, 5);
        return h;
    }

    private static int EarlierCount(ChecklistHarness h) => h.Builder.Build(h.Practices.Find(ChecklistHarness.PracticeId)!, SetUpDay).Earlier.Count;

    private static ChecklistCardData Card(ChecklistHarness h, int? page = null) =>
        (ChecklistCardData)h.Cards.Channel(h.Practices.Find(ChecklistHarness.PracticeId)!, SetUpDay, superseded: false, page).Data;

    private static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement;

    private static ChecklistToggleAction Toggle(ChecklistHarness h) => new(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Planner, h.Time);

    private static ChecklistEarlierAction Earlier(ChecklistHarness h) => new(h.Access, h.Planner, h.Time);

    [Fact]
    public void Channel_SetUpMidCutover_EarlierTasksFoldedToACountWithAShowButton()
    {
        using var h = Start();
        var n = EarlierCount(h);

        var card = h.Cards.Channel(h.Practices.Find(ChecklistHarness.PracticeId)!, SetUpDay, superseded: false);
        var data = (ChecklistCardData)card.Data;
        var json = JsonNode.Parse(new CardRenderer().Render(card))!.ToJsonString();

        Assert.True(n > 30, $"{n} earlier tasks");
        Assert.True(data.HasEarlier);
        Assert.Equal($"Earlier tasks still open: {n}", data.Earlier.Heading);
        Assert.Equal("Their dates had passed when CutoverBot was set up on Thu 25 Mar, so they are not marked overdue. Tick any that were done.", data.Earlier.Intro);
        Assert.True(data.Earlier.Collapsible);
        Assert.False(data.Earlier.Open);
        Assert.Equal($"Show the {n} tasks", data.Earlier.ShowTitle);
        Assert.Equal(EarlierTasksSection.PageSize, data.Earlier.Rows.Count);
        Assert.Equal(($"Tasks 1 to 10 of {n}", false, true, "2"), (data.Earlier.PageText, data.Earlier.HasPrevious, data.Earlier.HasNext, data.Earlier.NextPage));
        Assert.Empty(data.Overdue);
        Assert.Contains("\"id\":\"earlierList\",\"isVisible\":false", json);
        Assert.Contains("Action.ToggleVisibility", json);
        // Most recently missed first, as on the overdue list.
        Assert.Equal(data.Earlier.Rows.Select(r => r.TaskId).First(), h.Builder.Build(h.Practices.Find(ChecklistHarness.PracticeId)!, SetUpDay).Earlier[0].Task.Id);
    }

    [Fact]
    public void Channel_FewEarlierTasks_ShownOpenWithoutAShowButton()
    {
        // Set up 27 days before FDP: only the repeats choice and the planning meeting had closed.
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice(setUpOn: ChecklistHarness.Fdp.AddDays(-27)));

        var data = (ChecklistCardData)h.Cards.Channel(practice, ChecklistHarness.Fdp.AddDays(-27), superseded: false).Data;

        Assert.Equal(["planning-meeting", "reentry-option"], data.Earlier.Rows.Select(r => r.TaskId));
        Assert.True(data.Earlier.Open);
        Assert.False(data.Earlier.Collapsible);
        Assert.False(data.Earlier.HasPages);
    }

    [Fact]
    public void Channel_NoEarlierTasks_NoSection()
    {
        using var h = Start(setUpOn: ChecklistHarness.Fdp.AddDays(-60));

        var card = h.Cards.Channel(h.Practices.Find(ChecklistHarness.PracticeId)!, SetUpDay, superseded: false);

        Assert.False(((ChecklistCardData)card.Data).HasEarlier);
        Assert.DoesNotContain("Earlier tasks", new CardRenderer().Render(card));
    }

    [Fact]
    public void Toggle_EarlierTaskOnPageTwo_TicksItAndRedrawsThatPageOpenForEveryone()
    {
        using var h = Start();
        var n = EarlierCount(h);
        var onPageTwo = Card(h, 2).Earlier.Rows[3];
        Assert.Equal("2", onPageTwo.Page);

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam),
            Data($$"""{"taskId":"{{onPageTwo.TaskId}}","date":"{{onPageTwo.Date}}","act":"tick","page":"2"}"""));

        Assert.Equal(200, result.StatusCode);
        Assert.True(result.UpdateForEveryone);
        Assert.Equal(ChecklistHarness.PracticeId, result.ChecklistChangedFor);
        var earlier = ((ChecklistCardData)result.Card!.Data).Earlier;
        Assert.True(earlier.Open);
        Assert.Equal($"Earlier tasks still open: {n - 1}", earlier.Heading);
        var row = earlier.Rows.Single(r => r.TaskId == onPageTwo.TaskId);
        Assert.Equal(("✅", "Done: ticked by Sam Jones at 11:05", "Untick", "untick"), (row.Mark, row.Status, row.ButtonTitle, row.Act));
        Assert.NotNull(h.Ticks.Find(ChecklistHarness.PracticeId, onPageTwo.TaskId));
    }

    [Fact]
    public void Build_EarlierTaskTicked_StaysOnThatDaysCardAndLeavesTheNext()
    {
        using var h = Start();
        var n = EarlierCount(h);
        h.Ticks.Tick(ChecklistHarness.PracticeId, "planning-meeting", "29:sam", "Sam Jones");
        var practice = h.Practices.Find(ChecklistHarness.PracticeId)!;

        var today = h.Builder.Build(practice, SetUpDay);
        var tomorrow = h.Builder.Build(practice, SetUpDay.AddDays(1));

        Assert.Contains(today.Earlier, i => i.Task.Id == "planning-meeting" && i.IsDone);
        Assert.Equal(n - 1, tomorrow.Earlier.Count);
        Assert.DoesNotContain(tomorrow.Earlier, i => i.Task.Id == "planning-meeting");
    }

    [Fact]
    public void EarlierAction_NextPage_TurnsThePageForTheClickerOnly()
    {
        using var h = Start();
        var n = EarlierCount(h);

        var result = Earlier(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Data($$"""{"date":"{{SetUpDay:yyyy-MM-dd}}","page":"2"}"""));

        Assert.Equal(200, result.StatusCode);
        Assert.False(result.UpdateForEveryone);
        Assert.Null(result.ChecklistChangedFor);
        var earlier = ((ChecklistCardData)result.Card!.Data).Earlier;
        Assert.True(earlier.Open);
        Assert.Equal(($"Tasks 11 to 20 of {n}", true, "1"), (earlier.PageText, earlier.HasPrevious, earlier.PreviousPage));
        Assert.All(earlier.Rows, r => Assert.Equal("2", r.Page));
    }

    [Fact]
    public void EarlierAction_PagePastTheEnd_ShowsTheLastPage()
    {
        using var h = Start();
        var n = EarlierCount(h);
        var last = EarlierTasksSection.PageCount(n);

        var result = Earlier(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Guest), Data($$"""{"date":"{{SetUpDay:yyyy-MM-dd}}","page":99}"""));

        var earlier = ((ChecklistCardData)result.Card!.Data).Earlier;
        Assert.Equal(200, result.StatusCode);
        Assert.False(earlier.HasNext);
        Assert.EndsWith($" to {n} of {n}", earlier.PageText);
        Assert.All(earlier.Rows, r => Assert.Equal(last.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Page));
    }

    [Theory]
    [InlineData("""{"date":"2027-03-25","page":"two"}""")]
    [InlineData("""{"date":"2027-03-25","page":0}""")]
    [InlineData("""{"date":"2027-03-26","page":"2"}""")]
    [InlineData("""{"date":"2027-03-24","page":"2"}""")]
    [InlineData("""{"date":"2027-02-30","page":"2"}""")]
    [InlineData("""{"page":"2"}""")]
    [InlineData("""[]""")]
    public void EarlierAction_ForgedPageOrDay_RefusedWithAClearMessage(string json)
    {
        using var h = Start();

        var result = Earlier(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Data(json));

        Assert.Equal(400, result.StatusCode);
        Assert.Null(result.Card);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Theory]
    [InlineData("earlier", 1)]
    [InlineData("earlier 3", 3)]
    [InlineData("Earlier nonsense", 1)]
    public void Checklist_TypedEarlier_OpensTheEarlierTasksAtThatPage(string arguments, int page)
    {
        using var h = Start();

        var reply = new ChecklistCommand(h.Access, h.Planner, h.Time).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), arguments);

        var earlier = ((ChecklistCardData)reply.Messages.Single().Card!.Data).Earlier;
        Assert.True(earlier.Open);
        Assert.StartsWith($"Tasks {(page - 1) * EarlierTasksSection.PageSize + 1} to ", earlier.PageText);
    }
}
