using System.Text.Json;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Commands;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>
/// Every way of changing a tick tells the host which practice's posted checklist card is now out of date, and
/// nothing else does, so the morning card in the channel shows the same ticks as the card or chat used.
/// </summary>
public sealed class ChecklistChangeSignalTests
{
    private static readonly DateOnly Day = ChecklistHarness.Fdp.AddDays(-2);
    private const string Task = "third-parties-off";

    private static ChecklistHarness Start()
    {
        var h = new ChecklistHarness();
        h.Save(ChecklistHarness.NewPractice());
        h.SetLondon(Day, 9, 14);
        return h;
    }

    private static DoneCommand Done(ChecklistHarness h) => new(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Time);
    private static UntickCommand Untick(ChecklistHarness h) => new(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Time);
    private static ChecklistToggleAction Toggle(ChecklistHarness h) => new(h.Access, ChecklistHarness.Catalog, h.Ticks, h.Planner, h.Time);

    private static JsonElement Click(string act, DateOnly date) =>
        JsonDocument.Parse($$"""{"taskId":"{{Task}}","date":"{{date:yyyy-MM-dd}}","act":"{{act}}"}""").RootElement;

    [Fact]
    public void Done_TicksATask_SignalsThePractice()
    {
        using var h = Start();

        var reply = Done(h).Handle(ChecklistHarness.InPersonal(ChecklistHarness.Sam), Task);

        Assert.Equal(ChecklistHarness.PracticeId, reply.ChecklistChangedFor);
    }

    [Theory]
    [InlineData(Task)]
    [InlineData("no-such-task")]
    [InlineData("stock-rundown")]
    [InlineData("")]
    public void Done_NothingChanged_NoSignal(string typed)
    {
        using var h = Start();
        h.Ticks.Tick(ChecklistHarness.PracticeId, Task, "29:manager", "Pat Manager");

        var reply = Done(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), typed);

        Assert.Null(reply.ChecklistChangedFor);
    }

    [Fact]
    public void Done_Guest_RefusedWithoutSignal()
    {
        using var h = Start();

        var reply = Done(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Guest), Task);

        Assert.Null(reply.ChecklistChangedFor);
        Assert.Null(h.Ticks.Find(ChecklistHarness.PracticeId, Task));
    }

    [Fact]
    public void Untick_ClearsATick_SignalsThePractice()
    {
        using var h = Start();
        h.Ticks.Tick(ChecklistHarness.PracticeId, Task, "29:sam", "Sam Jones");

        var reply = Untick(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Task);

        Assert.Equal(ChecklistHarness.PracticeId, reply.ChecklistChangedFor);
    }

    [Fact]
    public void Untick_TaskNotTicked_NoSignal()
    {
        using var h = Start();

        var reply = Untick(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Task);

        Assert.Null(reply.ChecklistChangedFor);
    }

    [Fact]
    public void Toggle_TickThenUntick_SignalEachTime()
    {
        using var h = Start();

        var ticked = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Click("tick", Day));
        var unticked = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Click("untick", Day));

        Assert.Equal(ChecklistHarness.PracticeId, ticked.ChecklistChangedFor);
        Assert.Equal(ChecklistHarness.PracticeId, unticked.ChecklistChangedFor);
    }

    [Fact]
    public void Toggle_OnYesterdaysSupersededCard_SignalsSoTodaysCardShowsIt()
    {
        using var h = Start();
        h.SetLondon(Day.AddDays(1), 8, 30);

        var result = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Click("tick", Day));

        Assert.True(((ChecklistCardData)result.Card!.Data).Superseded);
        Assert.Equal(ChecklistHarness.PracticeId, result.ChecklistChangedFor);
    }

    [Fact]
    public void Toggle_SecondClickOnAStaleCard_RedrawsWithoutSignal()
    {
        using var h = Start();
        Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Manager), Click("tick", Day));

        var again = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Click("tick", Day));

        Assert.Equal(200, again.StatusCode);
        Assert.True(again.UpdateForEveryone);
        Assert.Null(again.ChecklistChangedFor);
    }

    [Fact]
    public void Toggle_Refused_NoSignal()
    {
        using var h = Start();

        var guest = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Guest), Click("tick", Day));
        var future = Toggle(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Click("tick", Day.AddDays(1)));

        Assert.Equal((403, 400), (guest.StatusCode, future.StatusCode));
        Assert.Null(guest.ChecklistChangedFor);
        Assert.Null(future.ChecklistChangedFor);
    }

    [Fact]
    public async Task Router_TypedDoneAndUntick_CarryTheSignalAndAnEntryDoesNot()
    {
        using var h = Start();
        var router = h.Service<ChatCommandRouter>();
        var channel = ChecklistHarness.InChannel(ChecklistHarness.Sam);

        var done = await router.HandleAsync(channel, "done " + Task, CancellationToken.None);
        var untick = await router.HandleAsync(ChecklistHarness.InPersonal(ChecklistHarness.Sam), "untick " + Task, CancellationToken.None);
        var entry = await router.HandleAsync(channel, "log call Jane Doe 01/02/1950 asking about bloods", CancellationToken.None);

        Assert.Equal(ChecklistHarness.PracticeId, done.ChecklistChangedFor);
        Assert.Equal(ChecklistHarness.PracticeId, untick.ChecklistChangedFor);
        Assert.Null(entry.ChecklistChangedFor);
    }
}
