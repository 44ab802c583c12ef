using System.Text.Json;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Setup;
using CutoverBot.Core.Tests.Checklist;

namespace CutoverBot.Core.Tests.Setup;

public sealed class SetupActionsTests
{
    private static readonly DateOnly Today = new(2027, 1, 4);

    private static (ChecklistHarness H, Practice Practice) NotSetUp()
    {
        var h = new ChecklistHarness();
        h.SetLondon(Today, 10, 0);
        var practice = ChecklistHarness.NewPractice(manager: null);
        practice.FdpDate = practice.GoLiveDate = null;
        practice.SetUpOn = null;
        h.Save(practice);
        return (h, practice);
    }

    private static SetupSubmitAction Submit(ChecklistHarness h) => new(h.Setup, h.SetupCards, h.Settings);

    private static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Submit_CompleteForm_SavesEverySettingAndShowsWhatWasSaved()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;
        h.SetupCards.Welcome(practice, [new SetupChoice(practice.Id, "General"), new SetupChoice("19:cutover@thread.tacv2", "Cutover")]);

        var result = Submit(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Data("""
            {"practiceName":"Riverside Surgery","odsCode":"A81001","fdpDate":"2027-02-15","goLiveDate":"2027-02-22","dispensing":"true",
             "channelId":"19:cutover@thread.tacv2","morningPostTime":"07:45","managerId":"29:manager","form":"setup"}
            """));

        Assert.Equal(200, result.StatusCode);
        var saved = h.Practices.Find(practice.Id)!;
        Assert.Equal((new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 22), true, "19:cutover@thread.tacv2", new TimeOnly(7, 45), "29:manager", "A81001"),
            (saved.FdpDate!.Value, saved.GoLiveDate!.Value, saved.IsDispensing, saved.ChannelId, saved.MorningPostTime, saved.ManagerUserId, saved.OdsCode));
        var card = (SetupCardData)result.Card!.Data;
        Assert.True(card.HasSaved);
        Assert.Equal("Setup saved for Riverside Surgery.", card.SavedHeading);
        Assert.Contains(card.SavedFacts, f => f.Title == "Morning post" && f.Value == "07:45 UK time, in Cutover");
        Assert.Contains(card.SavedFacts, f => f.Title == "Practice manager" && f.Value == "Pat Manager");
        Assert.DoesNotContain(card.Notices, n => n.Color == "good");
        Assert.Equal(["19:team-riverside@thread.tacv2", "19:cutover@thread.tacv2"], card.Channels.Select(c => c.Id));
    }

    [Fact]
    public void Submit_GoLiveBeforeFdp_FormComesBackWithTheReasonAndWhatWasTyped()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var result = Submit(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Data("""
            {"practiceName":"Riverside","odsCode":"RXH","fdpDate":"2027-02-15","goLiveDate":"2027-02-10","dispensing":"false","morningPostTime":"08:00"}
            """));

        var card = (SetupCardData)result.Card!.Data;
        Assert.Contains(card.Notices, n => n.Color == "attention" && n.Text.Contains("must be after FDP"));
        Assert.Equal(("Riverside", "RXH", "2027-02-15", "2027-02-10"), (card.PracticeName, card.OdsCode, card.FdpDate, card.GoLiveDate));
        Assert.False(h.Practices.Find(practice.Id)!.IsSetUp);
    }

    [Theory]
    [InlineData("""{"fdpDate":"soon","goLiveDate":"2027-02-10"}""", "Enter the FDP date")]
    [InlineData("""{"fdpDate":"2027-02-01","goLiveDate":"2027-02-10","morningPostTime":"8am"}""", "like 08:00")]
    [InlineData("""{"fdpDate":{"x":1},"goLiveDate":[]}""", "Enter the go-live date")]
    [InlineData("""null""", "Enter the FDP date")]
    public void Submit_BadOrForgedFields_FormComesBackWithErrors(string json, string expected)
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var result = Submit(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), Data(json));

        Assert.Equal(200, result.StatusCode);
        Assert.Contains(((SetupCardData)result.Card!.Data).Notices, n => n.Text.Contains(expected));
        Assert.False(h.Practices.Find(practice.Id)!.IsSetUp);
    }

    [Fact]
    public void Submit_Guest_Forbidden()
    {
        var (h, _) = NotSetUp();
        using var _h = h;

        var result = Submit(h).Handle(ChecklistHarness.InChannel(ChecklistHarness.Guest), Data("""{"fdpDate":"2027-02-15","goLiveDate":"2027-02-22"}"""));

        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public void SetupCommand_Typed_SavesAndWarnsWhenFdpIsClose()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var reply = new SetupCommand(h.Setup, h.SetupCards).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), "FDP 18/01/2027 go-live 25 Jan 2027 dispensing");

        Assert.StartsWith("Setup saved for Riverside Surgery.\n\n- FDP: Monday 18 January 2027", reply.Messages[0].Text);
        Assert.Contains("FDP is only 14 days away", reply.Messages[1].Text);
        Assert.True(h.Practices.Find(practice.Id)!.IsDispensing);
    }

    [Fact]
    public void SetupCommand_NoArguments_ShowsTheFormThatRendersCleanly()
    {
        var (h, _) = NotSetUp();
        using var _h = h;

        var reply = new SetupCommand(h.Setup, h.SetupCards).Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), "");

        var card = reply.Messages.Single().Card!;
        var json = new CardRenderer().Render(card);
        Assert.Contains("setup.submit", json);
        Assert.Contains("Pat Manager", json);
        Assert.DoesNotContain("ICB Visitor", json);
    }
}
