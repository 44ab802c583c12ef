using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Commands;

public sealed class HeldEntryTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void QuickEntry_UserOfNoPractice_IsHeldAndToldPlainly()
    {
        var response = _bot.Say(Personal(Nobody), "log call");

        var held = Assert.Single(_bot.Entries.HeldFor(Nobody.Id));
        Assert.Equal("", held.Reference);
        var shown = _bot.Shown(response, Audience.Here);
        Assert.Contains("don't know your practice yet", shown);
        Assert.Contains("add CutoverBot to the practice team", shown);
    }

    [Fact]
    public void QuickEntry_HeldUserJoinsOnePractice_EntriesAreFiledOnNextMessageInOrder()
    {
        _bot.Say(Personal(Nobody), "log call first");
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        _bot.Say(Personal(Nobody), "log call second");
        _bot.Practices.UpsertMember(new PracticeMember { PracticeId = Hillview, UserId = Nobody.Id, Name = Nobody.Name });

        var response = _bot.Say(Personal(Nobody), "my entries");

        Assert.Empty(_bot.Entries.HeldFor(Nobody.Id));
        var filed = _bot.Entries.ForPractice(Hillview).Where(e => e.AuthorId == Nobody.Id).ToList();
        Assert.Equal(["first", "second"], filed.Select(e => e.Patient.Text));
        Assert.Equal(["CALL-0001", "CALL-0002"], filed.Select(e => e.Reference));
        Assert.Contains("filed 2 entries", response.Messages[0].Text);
        Assert.Equal(AuditAction.AssignedToPractice, _bot.Audit.ForEntry(filed[0].Id).Last().Action);
    }

    [Fact]
    public void FileHeldEntries_AfterRosterUpdate_ReturnsTheNewReferences()
    {
        _bot.Say(Personal(Nobody), "log call");
        _bot.Practices.UpsertMember(new PracticeMember { PracticeId = Riverside, UserId = Nobody.Id, Name = Nobody.Name });

        Assert.Equal(["CALL-0001"], _bot.Router.FileHeldEntries(Nobody));
    }

    [Fact]
    public void QuickEntry_UserOfSeveralPractices_IsHeldAndAskedWhich_ThenFiledOnChoice()
    {
        var response = _bot.Say(Personal(Both), "log call");

        var entry = Assert.Single(_bot.Entries.HeldFor(Both.Id));
        var choice = _bot.Shown(response, Audience.Here);
        Assert.Contains("practice.choose", choice);
        Assert.Contains("Riverside Surgery", choice);
        Assert.Contains("Hillview Medical Centre", choice);

        var result = _bot.Click(Personal(Both), "practice.choose", new { practiceId = Hillview });

        Assert.Equal(200, result.StatusCode);
        Assert.Contains("CALL-0001", result.Message);
        Assert.Equal(Hillview, _bot.Entries.Find(entry.Id)!.PracticeId);
        Assert.Equal(Hillview, _bot.Practices.FindUser(Both.Id)!.CurrentPracticeId);
    }

    [Fact]
    public void QuickEntry_UserOfSeveralPracticesWhoChose_GoesStraightToTheChosenOne()
    {
        _bot.Click(Personal(Both), "practice.choose", new { practiceId = Riverside });

        _bot.Say(Personal(Both), "log call");

        Assert.Equal("CALL-0001", Assert.Single(_bot.Entries.ForPractice(Riverside)).Reference);
    }

    [Theory]
    [InlineData("{\"practiceId\": \"19:stranger@thread.tacv2\"}", 403)]
    [InlineData("{\"practiceId\": \"19:riverside@thread.tacv2\"}", 403)]
    [InlineData("{\"practiceId\": 5}", 400)]
    [InlineData("{}", 400)]
    public void PracticeChoose_PracticeTheUserIsNotStaffOf_IsRefused(string json, int status)
    {
        _bot.Say(Personal(Hilda), "log call");

        var result = _bot.ClickJson(Personal(Hilda), "practice.choose", json);

        Assert.Equal(status, result.StatusCode);
        Assert.Null(_bot.Practices.FindUser(Hilda.Id)?.CurrentPracticeId);
    }

    [Fact]
    public void HeldEntry_CannotBeReachedByAnyoneElse()
    {
        var entry = _bot.Log(Personal(Nobody), "log call");

        Assert.Equal(403, _bot.Click(Personal(Sam), "entry.complete", new { entryId = entry.Id.ToString(), patientName = "x" }).StatusCode);
        Assert.Equal(200, _bot.Click(Personal(Nobody), "entry.complete", new { entryId = entry.Id.ToString(), patientName = "Ann" }).StatusCode);
    }
}
