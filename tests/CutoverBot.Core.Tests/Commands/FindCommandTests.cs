using CutoverBot.Core.Commands;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Commands;

public sealed class FindCommandTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private string Reply(ChatContext context, string text) => string.Concat(_bot.Say(context, text).Messages.Select(_bot.Shown));

    [Fact]
    public void Find_NhsNumberWithSpaces_ListsThatPatientsEntriesInThePractice()
    {
        var call = _bot.Log(Personal(Sam), "log call Margaret Evans 943 476 5919 wants her bloods");
        var reg = _bot.Log(Personal(Alex), "new reg Margaret Evans 9434765919 moved from Leeds");
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        _bot.Log(Personal(Sam), "log call John Smith 401 023 2137 repeat request");
        _bot.Log(Personal(Hilda), "log call Margaret Evans 943 476 5919 at Hillview");

        var reply = Reply(Personal(Sam), "find 943 476 5919");

        Assert.Contains("2 entries at Riverside Surgery for NHS number 943 476 5919", reply);
        Assert.Contains(call.Reference + " · ", reply);
        Assert.Contains("To re-enter", reply);
        Assert.Contains(reg.Reference + " · ", reply);
        Assert.DoesNotContain("John Smith", reply);
    }

    [Fact]
    public void Find_EverySearch_IsAuditedWithTheReferencesButNeverTheNumber()
    {
        var call = _bot.Log(Personal(Sam), "log call Margaret Evans 943 476 5919 wants her bloods");

        Reply(Personal(Alex), "find 943 476 5919");
        Reply(Personal(Alex), "find 401 023 2137");

        var searches = _bot.Audit.ForPractice(call.PracticeId).Where(r => r.Surface == "find").ToList();
        Assert.Equal(2, searches.Count);
        Assert.All(searches, r => Assert.Equal((Core.Entries.AuditAction.Viewed, Alex.Id), (r.Action, r.UserId)));
        Assert.Equal([call.Reference], searches[0].References);
        Assert.Equal(0, searches[1].Count);
        var everything = System.Text.Json.JsonSerializer.Serialize(searches);
        Assert.DoesNotContain("5919", everything);
        Assert.DoesNotContain("2137", everything);
    }

    [Fact]
    public void Find_InAChannel_SaysToUsePersonalChatAndListsNothing()
    {
        var call = _bot.Log(Personal(Sam), "log call Margaret Evans 943 476 5919 wants her bloods");

        var response = _bot.Say(Channel(Sam), "find 943 476 5919");

        var text = Assert.Single(response.Messages).Text;
        Assert.Equal(FindCommand.PersonalOnly, text);
        Assert.DoesNotContain(call.Reference, text);
    }

    [Fact]
    public void Find_ByAGuestOrSomeoneOnNoRoster_Refused()
    {
        _bot.Log(Personal(Sam), "log call Margaret Evans 943 476 5919 wants her bloods");

        Assert.Equal(PracticeResolver.UnknownPracticeRefusal, Reply(Personal(Guest), "find 943 476 5919"));
        Assert.Equal(PracticeResolver.UnknownPracticeRefusal, Reply(Personal(Nobody), "find 943 476 5919"));
    }

    [Theory]
    [InlineData("find", "10-digit NHS number")]
    [InlineData("find Margaret Evans", "10-digit NHS number")]
    [InlineData("find 943 476 5918", "check digit")]
    public void Find_NoOrBadNumber_SaysWhatToType(string text, string expected)
    {
        Assert.Contains(expected, Reply(Personal(Sam), text));
    }

    [Fact]
    public void Find_NoEntries_SaysSoNamingThePractice()
    {
        Assert.Equal("Riverside Surgery has no entries for NHS number 943 476 5919.", Reply(Personal(Sam), "find 9434765919"));
    }

    [Fact]
    public void Find_StaffWhoLoggedNoneOfThem_IsNotToldToTypeEdit()
    {
        _bot.Log(Personal(Sam), "log call Margaret Evans 943 476 5919 wants her bloods");

        var reply = Reply(Personal(Alex), "find 943 476 5919");

        Assert.DoesNotContain("Type edit", reply);
        Assert.Contains("ask the person who logged it or the practice manager", reply);
        Assert.Contains("logged by Sam Reception", reply);
    }

    [Fact]
    public void Find_SomeOfThemTheirs_OffersEditForTheirsOnly()
    {
        _bot.Log(Personal(Sam), "log call Margaret Evans 943 476 5919 wants her bloods");
        var alexs = _bot.Log(Personal(Alex), "new reg Margaret Evans 9434765919 moved from Leeds");

        var reply = Reply(Personal(Alex), "find 943 476 5919");

        Assert.Contains($"You can correct {alexs.Reference}: type edit {alexs.Reference}.", reply);
        Assert.DoesNotContain("Type edit and a reference", reply);
    }

    [Fact]
    public void Find_PracticeManager_IsOfferedEditForAll()
    {
        _bot.Log(Personal(Sam), "log call Margaret Evans 943 476 5919 wants her bloods");

        var reply = Reply(Personal(Manager), "find 943 476 5919");

        Assert.Contains("Type edit and a reference to see or correct one.", reply);
    }
}
