using CutoverBot.Core.Commands;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Commands;

/// <summary>What the author is told beyond the entry card: a guessed kind, a refused date of birth, a clashing NHS number.</summary>
public sealed class QuickEntryNoticeTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private static string Text(ChatResponse response, Audience audience) =>
        string.Concat(response.Messages.Where(m => m.Audience == audience).Select(m => m.Text));

    [Fact]
    public void HandleAsync_NoStartWordButPatientDetails_SavedWholeAndTheAuthorToldTheKindIsAGuess()
    {
        var response = _bot.Say(Personal(Sam), "Margaret Hughes 14/5/1950 rang asking for a call back");

        var entry = Assert.Single(_bot.Entries.ForPractice(Riverside));
        Assert.Equal(EntryCategory.Call, entry.Category);
        Assert.Equal("Margaret Hughes", entry.Patient.Name);
        Assert.Equal("Margaret Hughes 14/5/1950 rang asking for a call back", entry.Patient.Text);
        var said = Text(response, Audience.Here);
        Assert.Contains("best guess", said);
        Assert.Contains("Kind of entry in the form above (or type edit CALL-0001)", said);
        Assert.Contains("\"category\"", _bot.Shown(response, Audience.Here));
    }

    [Fact]
    public void HandleAsync_NoStartWordInAChannel_TheNoticeThereNamesNoPatient()
    {
        var response = _bot.Say(Channel(Sam), "943 476 5919 Margaret Hughes wants her repeat");

        var here = _bot.Shown(response, Audience.Here);
        Assert.Contains("best guess", here);
        Assert.Contains("personal chat", here);
        Assert.DoesNotContain("Hughes", here);
        Assert.DoesNotContain("943", here);
        Assert.Equal(EntryCategory.Prescription, Assert.Single(_bot.Entries.ForPractice(Riverside)).Category);
    }

    [Fact]
    public void HandleAsync_ChatterWithoutPatientDetails_IsStillNotUnderstoodAndNothingSaved()
    {
        var response = _bot.Say(Personal(Sam), "Sarah Jones will cover reception tomorrow");

        Assert.Equal(ChatCommandRouter.UnknownText, Assert.Single(response.Messages).Text);
        Assert.Empty(_bot.Entries.ForPractice(Riverside));
    }

    [Theory]
    [InlineData("new reg Tariq Aziz 31/02/2020", "couldn't be a real date of birth")]
    [InlineData("log call Alice Webb dob 12/12/2031 wants results", "is in the future")]
    [InlineData("log call Amy Ross 1/1/26 on 24/11/2025", "is after the day this happened")]
    public void HandleAsync_DateOfBirthThatCannotBeOne_SavedWithoutItAndTheReplySaysSoInTheChannel(string text, string why)
    {
        var response = _bot.Say(Channel(Sam), text);

        var entry = Assert.Single(_bot.Entries.ForPractice(Riverside));
        Assert.Null(entry.Patient.DateOfBirth);
        Assert.NotNull(entry.Patient.Name);
        var said = Text(response, Audience.Here);
        Assert.Contains(why, said);
        Assert.Contains("the date of birth is still needed", said);
        Assert.DoesNotContain(entry.Patient.Name!.Split(' ')[^1], said);
        Assert.Contains("date of birth", _bot.Shown(response, Audience.Here));
    }

    [Fact]
    public void HandleAsync_NhsNumberLoggedUnderAnotherName_WarnsTheAuthorPrivatelyOnly()
    {
        var first = _bot.Log(Personal(Alex), "log call Margaret Evans 14/2/48 943 476 5919");

        var response = _bot.Say(Channel(Sam), "new reg Peter Evans 1/1/1990 943 476 5919");

        var privately = Text(response, Audience.AuthorPersonal);
        Assert.Contains($"already logged at this practice under a different name: {first.Reference} (Margaret Evans)", privately);
        Assert.DoesNotContain("Margaret", _bot.Shown(response, Audience.Here));
        Assert.DoesNotContain("already logged", _bot.Shown(response, Audience.Here));
        var viewed = _bot.Audit.ForPractice(Riverside).Single(r => r.Surface == "nhs number check");
        Assert.Equal(Sam.Id, viewed.UserId);
        Assert.Equal([first.Reference], viewed.References);
    }

    [Theory]
    [InlineData("log call Mrs EVANS 943 476 5919")]
    [InlineData("log call 943 476 5919")]
    public void HandleAsync_NhsNumberLoggedUnderTheSameNameOrNone_NoWarning(string second)
    {
        _bot.Log(Personal(Alex), "log call Margaret Evans 14/2/48 943 476 5919");

        var response = _bot.Say(Personal(Sam), second);

        Assert.DoesNotContain("already logged", string.Concat(response.Messages.Select(m => m.Text)));
    }

    [Fact]
    public void HandleAsync_SameNhsNumberInAnotherPractice_NoWarning()
    {
        _bot.Log(Personal(Hilda), "log call Margaret Evans 14/2/48 943 476 5919");

        var response = _bot.Say(Personal(Sam), "log call Peter Evans 1/1/1990 943 476 5919");

        Assert.DoesNotContain("already logged", string.Concat(response.Messages.Select(m => m.Text)));
    }
}
