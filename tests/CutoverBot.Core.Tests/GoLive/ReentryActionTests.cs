using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.GoLive;

public sealed class ReentryActionTests : IDisposable
{
    private readonly GoLiveHarness _h = new();
    private readonly Entry _samCall;
    private readonly Entry _alexCall;

    public ReentryActionTests()
    {
        _samCall = _h.Call(Sam, "Margaret Evans");
        _alexCall = _h.Call(Alex, "Alan Reid");
        _h.Seed(Hilda, EntryCategory.Call, "Hillview Patient", practiceId: Hillview);
    }

    public void Dispose() => _h.Dispose();

    private static object Data(Entry? entry = null, string practiceId = Riverside, int page = 1) =>
        entry is null ? new { practiceId, page } : new { practiceId, entryId = entry.Id.ToString(), page };

    [Fact]
    public void View_Staff_SeesOwnEntriesWithPatientDetailsOnly()
    {
        var result = _h.Click(Channel(Sam), ReentryViewAction.Name, Data());

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(ReentryView.Template, result.Card!.Template);
        var card = _h.Render(result.Card);
        Assert.Contains("Margaret Evans · born 14/02/1948 · NHS 943 476 5919", card);
        Assert.DoesNotContain("Alan Reid", card);
        Assert.DoesNotContain("Hillview Patient", card);
        Assert.Null(result.SharedCard);
    }

    [Fact]
    public void View_Manager_SeesEveryonesGroupedByPerson()
    {
        var card = _h.Render(_h.Click(Channel(Manager), ReentryViewAction.Name, Data()).Card!);

        Assert.Contains("Margaret Evans", card);
        Assert.Contains("Alan Reid", card);
        Assert.DoesNotContain("Hillview Patient", card);
        var texts = CardJson.Texts(CardJson.Parse(card));
        Assert.True(texts.IndexOf("Logged by Alex Admin") < texts.IndexOf("Logged by Sam Reception"));
    }

    [Fact]
    public void View_GuestInChannel_GetsTheSharedCardWithoutDetails()
    {
        var result = _h.Click(Channel(Guest), ReentryViewAction.Name, Data());

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(GoLiveCards.Template, result.Card!.Template);
        Assert.DoesNotContain("Margaret", _h.Render(result.Card));
    }

    [Fact]
    public void View_OtherPracticeStaff_Refused()
    {
        Assert.Equal(403, _h.Click(Personal(Hilda), ReentryViewAction.Name, Data()).StatusCode);
        Assert.Equal(403, _h.Click(Channel(Hilda, Hillview), ReentryViewAction.Name, Data()).StatusCode);
    }

    [Fact]
    public void Confirm_OwnEntry_RecordsWhoWhenAuditAndUpdatesSharedProgress()
    {
        var result = _h.Click(Channel(Sam), ReentryConfirmAction.Name, Data(_samCall));

        Assert.Equal(200, result.StatusCode);
        var stored = _h.Bot.Entries.Find(_samCall.Id)!;
        Assert.Equal(EntryStatus.Reentered, stored.Status);
        Assert.Equal(Sam.Name, stored.ReenteredBy);
        Assert.Equal(Sam.Id, stored.ReenteredById);
        Assert.Equal(_h.Bot.Time.GetUtcNow(), stored.ReenteredAt);
        var audit = _h.Bot.Audit.ForEntry(_samCall.Id).Last();
        Assert.Equal((AuditAction.Reentered, Sam.Id), (audit.Action, audit.UserId));
        Assert.Equal(("pending", "reentered"), (audit.Changes[0].Old, audit.Changes[0].New));

        var view = _h.Render(result.Card!);
        Assert.Contains("Marked CALL-0001 re-entered.", view);
        Assert.Contains("All your entries are re-entered", view);
        var shared = _h.Render(result.SharedCard!);
        Assert.Contains("1 of 2 re-entered or not needed; 1 still to re-enter.", shared);
        Assert.Contains("Sam Reception: 1 of 1 done", shared);
        Assert.DoesNotContain("Margaret", shared);
        Assert.DoesNotContain("<at>Sam Reception</at>", shared);
    }

    [Fact]
    public void Confirm_InPersonalChat_NoSharedCardToUpdate()
    {
        var result = _h.Click(Personal(Sam), ReentryConfirmAction.Name, Data(_samCall));

        Assert.Equal(200, result.StatusCode);
        Assert.Null(result.SharedCard);
    }

    [Fact]
    public void Confirm_ManagerOnSomeoneElsesEntry_Allowed()
    {
        Assert.Equal(200, _h.Click(Channel(Manager), ReentryConfirmAction.Name, Data(_samCall)).StatusCode);
        Assert.Equal(Manager.Name, _h.Bot.Entries.Find(_samCall.Id)!.ReenteredBy);
    }

    [Fact]
    public void Confirm_Twice_SaysAlreadyDoneAndKeepsFirstConfirmation()
    {
        _h.Click(Channel(Sam), ReentryConfirmAction.Name, Data(_samCall));
        _h.Bot.Time.Advance(TimeSpan.FromHours(1));

        var result = _h.Click(Channel(Manager), ReentryConfirmAction.Name, Data(_samCall));

        Assert.Contains("CALL-0001 was already re-entered by Sam Reception", _h.Render(result.Card!));
        Assert.Equal(Sam.Name, _h.Bot.Entries.Find(_samCall.Id)!.ReenteredBy);
        Assert.Single(_h.Bot.Audit.ForEntry(_samCall.Id), a => a.Action == AuditAction.Reentered);
    }

    [Fact]
    public void NotNeeded_WithReason_RecordsReasonWithoutAuditingItsText()
    {
        var json = $$"""{"practiceId":"{{Riverside}}","entryId":"{{_samCall.Id}}","reason-{{_samCall.Id:N}}":"Margaret rang back, duplicate of CALL-0002"}""";

        var result = _h.Bot.ClickJson(Channel(Sam), ReentryNotNeededAction.Name, json);

        Assert.Equal(200, result.StatusCode);
        var stored = _h.Bot.Entries.Find(_samCall.Id)!;
        Assert.Equal(EntryStatus.NotNeeded, stored.Status);
        Assert.Equal("Margaret rang back, duplicate of CALL-0002", stored.Patient.NotNeededReason);
        Assert.Equal(Sam.Name, stored.ReenteredBy);
        var audit = _h.Bot.Audit.ForEntry(_samCall.Id).Last();
        Assert.Equal(AuditAction.MarkedNotNeeded, audit.Action);
        Assert.DoesNotContain("Margaret", System.Text.Json.JsonSerializer.Serialize(audit));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void NotNeeded_NoReason_RefusedAndNothingChanged(string? reason)
    {
        var result = _h.Click(Channel(Sam), ReentryNotNeededAction.Name, new { practiceId = Riverside, entryId = _samCall.Id.ToString(), reason });

        Assert.Equal(400, result.StatusCode);
        Assert.Contains("Please say why CALL-0001 isn't needed", result.Message);
        Assert.Equal(EntryStatus.Pending, _h.Bot.Entries.Find(_samCall.Id)!.Status);
    }

    [Fact]
    public void ConfirmAll_ConfirmsOnlyTheClickersOwnEntries()
    {
        _h.Call(Sam, "Second Patient");

        var result = _h.Click(Channel(Sam), ReentryConfirmAllAction.Name, Data());

        Assert.Contains("Marked your 2 entries re-entered.", _h.Render(result.Card!));
        Assert.All(_h.Bot.Entries.ForPractice(Riverside).Where(e => e.AuthorId == Sam.Id), e => Assert.Equal(EntryStatus.Reentered, e.Status));
        Assert.Equal(EntryStatus.Pending, _h.Bot.Entries.Find(_alexCall.Id)!.Status);
        Assert.Contains("2 of 3 re-entered or not needed", _h.Render(result.SharedCard!));
    }

    [Fact]
    public void Confirm_SomeoneElsesEntryNotManager_Forbidden()
    {
        var result = _h.Click(Channel(Alex), ReentryConfirmAction.Name, Data(_samCall));

        Assert.Equal(403, result.StatusCode);
        Assert.Equal(EntryStatus.Pending, _h.Bot.Entries.Find(_samCall.Id)!.Status);
    }

    [Fact]
    public void Confirm_AnotherPracticesEntry_Forbidden()
    {
        var hillview = _h.Bot.Entries.ForPractice(Hillview).Single();

        Assert.Equal(403, _h.Click(Channel(Manager), ReentryConfirmAction.Name, Data(hillview)).StatusCode);
        Assert.Equal(403, _h.Click(Personal(Both), ReentryConfirmAction.Name, Data(hillview, Riverside)).StatusCode);
        Assert.Equal(EntryStatus.Pending, _h.Bot.Entries.Find(hillview.Id)!.Status);
    }

    [Fact]
    public void Confirm_PracticeOfAnotherTeamFromThisChannel_Forbidden()
    {
        var result = _h.Click(Channel(Both, Hillview), ReentryConfirmAction.Name, Data(_samCall));

        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public void Confirm_GuestForgesOwnClick_Forbidden()
    {
        Assert.Equal(403, _h.Click(Channel(Guest), ReentryConfirmAction.Name, Data(_samCall)).StatusCode);
        Assert.Equal(403, _h.Click(Channel(Guest), ReentryConfirmAllAction.Name, Data()).StatusCode);
        Assert.Equal(EntryStatus.Pending, _h.Bot.Entries.Find(_samCall.Id)!.Status);
    }

    [Theory]
    [InlineData("""{"practiceId":"19:riverside@thread.tacv2"}""", 400)]
    [InlineData("""{"practiceId":"19:riverside@thread.tacv2","entryId":"not-a-guid"}""", 400)]
    [InlineData("""{"practiceId":"19:riverside@thread.tacv2","entryId":42}""", 400)]
    [InlineData("""{"practiceId":"19:riverside@thread.tacv2","entryId":"6f1c1b8e-0000-4000-8000-000000000000"}""", 403)]
    [InlineData("""{"entryId":"6f1c1b8e-0000-4000-8000-000000000000"}""", 400)]
    [InlineData("""{"practiceId":7}""", 400)]
    [InlineData("""{"practiceId":"19:nowhere@thread.tacv2"}""", 403)]
    [InlineData("""[1,2]""", 400)]
    [InlineData("""null""", 400)]
    public void Confirm_MalformedData_RefusedWithoutChange(string json, int status)
    {
        var result = _h.Bot.ClickJson(Channel(Sam), ReentryConfirmAction.Name, json);

        Assert.Equal(status, result.StatusCode);
        Assert.All(_h.Bot.Entries.ForPractice(Riverside), e => Assert.Equal(EntryStatus.Pending, e.Status));
    }

    [Theory]
    [InlineData("""{"practiceId":"19:riverside@thread.tacv2","page":0}""")]
    [InlineData("""{"practiceId":"19:riverside@thread.tacv2","page":"two"}""")]
    [InlineData("""{"practiceId":"19:riverside@thread.tacv2","section":"patients","page":1}""")]
    public void Paging_BadPageOrSection_BadRequest(string json)
    {
        var verb = json.Contains("section") ? GoLivePageAction.Name : ReentryViewAction.Name;
        Assert.Equal(400, _h.Bot.ClickJson(Channel(Sam), verb, json).StatusCode);
    }

    [Fact]
    public void View_StaffWithNoEntries_ToldTheyHaveNothingToReenter()
    {
        var card = _h.Render(_h.Click(Channel(Both), ReentryViewAction.Name, Data()).Card!);

        Assert.Contains("You have nothing to re-enter.", card);
        Assert.Contains("You didn't log any entries at Riverside Surgery", card);
        Assert.DoesNotContain("0 of 0", card);
        Assert.DoesNotContain("Thank you", card);
    }
}
