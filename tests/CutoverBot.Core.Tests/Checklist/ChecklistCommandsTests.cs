using System.Text.Json;
using CutoverBot.Core.Checklist;

namespace CutoverBot.Core.Tests.Checklist;

public sealed class ChecklistCommandsTests
{
    private static readonly DateOnly Day = ChecklistHarness.Fdp.AddDays(-2);

    private static ChecklistHarness Start(bool dispensing = false)
    {
        var h = new ChecklistHarness();
        h.Save(ChecklistHarness.NewPractice(dispensing));
        h.SetLondon(Day, 9, 14);
        return h;
    }

    private static ChecklistToggleAction Toggle(ChecklistHarness h) => new(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Planner, h.Time);

    private static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Toggle_TickFromChannelCard_RedrawsTheCardForEveryone()
    {
        using var h = Start();

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Data("""{"taskId":"third-parties-off","date":"2027-03-21","act":"tick"}"""));

        Assert.Equal(200, result.StatusCode);
        Assert.True(result.UpdateForEveryone);
        var card = (ChecklistCardData)result.Card!.Data;
        Assert.Equal("Done: ticked by Sam Jones at 09:14", card.Today.Single(r => r.TaskId == "third-parties-off").Status);
        Assert.False(card.Superseded);
        Assert.Equal("Sam Jones", h.Ticks.Find(ChecklistHarness.PracticeId, "third-parties-off")!.ByName);
    }

    [Fact]
    public void Toggle_StaleTickClickedTwice_StaysTicked()
    {
        using var h = Start();
        var click = Data("""{"taskId":"third-parties-off","date":"2027-03-21","act":"tick"}""");

        Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), click);
        Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Manager), click);

        Assert.Equal("Sam Jones", h.Ticks.Find(ChecklistHarness.PracticeId, "third-parties-off")!.ByName);
    }

    [Fact]
    public void Toggle_YesterdaysCardAfterTheMorningPost_CountsAndStaysSuperseded()
    {
        using var h = Start();
        h.SetLondon(Day.AddDays(1), 8, 30);

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Data("""{"taskId":"third-parties-off","date":"2027-03-21","act":"tick"}"""));

        var card = (ChecklistCardData)result.Card!.Data;
        Assert.True(card.Superseded);
        Assert.Equal("2027-03-21", card.Date);
        Assert.NotNull(h.Ticks.Find(ChecklistHarness.PracticeId, "third-parties-off"));
    }

    [Fact]
    public void Toggle_Untick_ClearsTheTick()
    {
        using var h = Start();
        h.Ticks.Tick(ChecklistHarness.PracticeId, "third-parties-off", "29:sam", "Sam Jones");

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Manager), Data("""{"taskId":"third-parties-off","date":"2027-03-21","act":"untick"}"""));

        Assert.Equal("Not done yet", ((ChecklistCardData)result.Card!.Data).Today.Single(r => r.TaskId == "third-parties-off").Status);
        Assert.Null(h.Ticks.Find(ChecklistHarness.PracticeId, "third-parties-off"));
    }

    [Theory]
    [InlineData("""{"taskId":"third-parties-off","date":"2027-03-22"}""", 400)]
    [InlineData("""{"taskId":"third-parties-off","date":"21/03/2027"}""", 400)]
    [InlineData("""{"taskId":"third-parties-off"}""", 400)]
    [InlineData("""{"taskId":"no-such-task","date":"2027-03-21"}""", 400)]
    [InlineData("""{"taskId":"stock-record","date":"2027-03-21"}""", 400)]
    [InlineData("""{"taskId":42,"date":"2027-03-21"}""", 400)]
    [InlineData("""[1,2,3]""", 400)]
    [InlineData("""{"taskId":"third-parties-off","date":"2027-02-30","act":"tick"}""", 400)]
    [InlineData("""{"taskId":"third-parties-off","date":"2027-02-10","act":"tick"}""", 400)]
    [InlineData("""{"taskId":"third-parties-off","date":20270321,"act":"tick"}""", 400)]
    [InlineData("""{"taskId":"third-parties-off","date":"2027-03-21T00:00","act":"tick"}""", 400)]
    [InlineData("""{"taskId":"third-parties-off","date":"2027-03-21","act":"tick","page":"last"}""", 400)]
    public void Toggle_ForgedOrDamagedData_RefusedWithoutTicking(string json, int status)
    {
        using var h = Start();

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Data(json));

        Assert.Equal(status, result.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.Empty(h.Ticks.History(ChecklistHarness.PracticeId));
    }

    [Fact]
    public void Toggle_Guest_Forbidden()
    {
        using var h = Start();

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Guest), Data("""{"taskId":"third-parties-off","date":"2027-03-21","act":"tick"}"""));

        Assert.Equal(403, result.StatusCode);
        Assert.Contains("Only practice staff can tick", result.Message);
        Assert.Empty(h.Ticks.History(ChecklistHarness.PracticeId));
    }

    [Fact]
    public void Done_TypedTaskId_TicksIt()
    {
        using var h = Start();

        var reply = new DoneCommand(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Time).Handle(ChecklistHarness.InPersonal(ChecklistHarness.Sam), "Third-Parties-Off.");

        Assert.Contains("Ticked third-parties-off (Check third-party links are off), by Sam Jones at 09:14", reply.Messages.Single().Text);
        Assert.NotNull(h.Ticks.Find(ChecklistHarness.PracticeId, "third-parties-off"));
    }

    [Theory]
    [InlineData("", "Which task?")]
    [InlineData("third", "Did you mean third-parties")]
    [InlineData("stock-rundown", "dispensing practices only")]
    public void Done_UnusableId_SaysWhy(string typed, string expected)
    {
        using var h = Start();

        var reply = new DoneCommand(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Time).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), typed);

        Assert.Contains(expected, reply.Messages.Single().Text);
        Assert.Empty(h.Ticks.History(ChecklistHarness.PracticeId));
    }

    [Fact]
    public void Untick_TypedTaskId_ClearsIt()
    {
        using var h = Start();
        h.Ticks.Tick(ChecklistHarness.PracticeId, "smart-cards", "29:sam", "Sam Jones");

        var reply = new UntickCommand(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Time).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), "smart-cards");

        Assert.StartsWith("Unticked smart-cards", reply.Messages.Single().Text);
        Assert.Null(h.Ticks.Find(ChecklistHarness.PracticeId, "smart-cards"));
    }

    [Fact]
    public void Checklist_OnDemand_ShowsTodaysCard()
    {
        using var h = Start();

        var reply = new ChecklistCommand(h.Access, h.Planner, h.Time).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), "");

        var card = (ChecklistCardData)reply.Messages.Single().Card!.Data;
        Assert.Equal(("FDP in 2 days", "2027-03-21"), (card.PhaseText, card.Date));
    }

    [Fact]
    public void Checklist_PracticeNotSetUp_SaysToRunSetup()
    {
        using var h = new ChecklistHarness();
        var practice = ChecklistHarness.NewPractice();
        practice.FdpDate = null;
        h.Save(practice);

        var reply = new ChecklistCommand(h.Access, h.Planner, h.Time).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), "");

        Assert.Contains("type setup", reply.Messages.Single().Text);
    }
}
