using CutoverBot.Core.Entries;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Tests.Commands;

public sealed class ManageEntriesTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void MyEntries_ManyEntries_ListsNewestFirstTenAPageWithShowMore()
    {
        for (var i = 1; i <= 12; i++)
        {
            _bot.Say(Personal(Sam), $"log call number {i}");
            _bot.Time.Advance(TimeSpan.FromMinutes(1));
        }
        _bot.Say(Personal(Alex), "log call not sam's");

        var first = _bot.Shown(_bot.Say(Personal(Sam), "my entries"), Audience.Here);
        Assert.Contains("1-10 of 12", first);
        Assert.True(first.IndexOf("CALL-0012", StringComparison.Ordinal) < first.IndexOf("CALL-0003", StringComparison.Ordinal));
        Assert.DoesNotContain("CALL-0002", first);
        Assert.DoesNotContain("CALL-0013", first);
        Assert.Contains("Show more", first);

        var second = _bot.Click(Personal(Sam), "entries.page", new { page = "2" });
        var shown = _bot.Renderer.Render(second.Card!);
        Assert.Contains("11-12 of 12", shown);
        Assert.Contains("CALL-0001", shown);
        Assert.DoesNotContain("Show more", shown);
    }

    [Fact]
    public void MyEntries_InChannel_SendsTheListPrivately()
    {
        _bot.Say(Channel(Sam), "log call");

        var response = _bot.Say(Channel(Sam), "my entries");

        Assert.Contains("personal chat", _bot.Shown(response, Audience.Here));
        Assert.Contains("CALL-0001", _bot.Shown(response, Audience.AuthorPersonal));
    }

    [Fact]
    public void Undo_WithinTenMinutes_RemovesTheLastEntryAndAudits()
    {
        var entry = _bot.Log(Personal(Sam), "log call");
        _bot.Time.Advance(TimeSpan.FromMinutes(9));

        var response = _bot.Say(Personal(Sam), "undo");

        Assert.Contains("CALL-0001", Assert.Single(response.Messages).Text);
        Assert.Empty(_bot.Entries.ForPractice(Riverside));
        Assert.Equal(AuditAction.Undone, _bot.Audit.ForEntry(entry.Id).Last().Action);
    }

    [Fact]
    public void Undo_AfterTenMinutes_KeepsTheEntryAndSuggestsDelete()
    {
        _bot.Log(Personal(Sam), "log call");
        _bot.Time.Advance(TimeSpan.FromMinutes(11));

        var response = _bot.Say(Personal(Sam), "undo");

        Assert.Contains("delete CALL-0001", Assert.Single(response.Messages).Text);
        Assert.Single(_bot.Entries.ForPractice(Riverside));
    }

    [Fact]
    public void Undo_LastEntryBelongsToAnotherPracticesChannel_DoesNothingThere()
    {
        _bot.Say(Channel(Both, Hillview), "log call");

        var response = _bot.Say(Channel(Both, Riverside), "undo");

        Assert.Contains("nothing of yours to undo", Assert.Single(response.Messages).Text);
        Assert.Single(_bot.Entries.ForPractice(Hillview));
    }

    [Theory]
    [InlineData("29:sam", true)]
    [InlineData("29:manager", true)]
    [InlineData("29:alex", false)]
    [InlineData("29:hilda", false)]
    public void Delete_ByReference_OnlyAuthorOrManagerOfThatPractice(string userId, bool allowed)
    {
        _bot.Say(Personal(Sam), "log call");
        var user = new[] { Sam, Manager, Alex, Hilda }.Single(u => u.Id == userId);

        var response = _bot.Say(Personal(user), "delete call-0001");

        Assert.Equal(allowed, _bot.Entries.ForPractice(Riverside).Count == 0);
        Assert.Contains(allowed ? "Deleted CALL-0001" : "CALL-0001", Assert.Single(response.Messages).Text);
    }

    [Fact]
    public void Delete_SoftDeletes_TheRecordStaysWithAnAuditEntry()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        _bot.Say(Personal(Manager), "delete CALL-0001");

        var stored = _bot.Entries.Find(entry.Id);
        Assert.True(stored!.Deleted);
        var record = _bot.Audit.ForEntry(entry.Id).Last();
        Assert.Equal(AuditAction.Deleted, record.Action);
        Assert.Equal(Manager.Id, record.UserId);
    }

    [Fact]
    public void Edit_InChannel_SendsTheFormPrivately()
    {
        _bot.Say(Channel(Sam), "log call rang about results");

        var response = _bot.Say(Channel(Sam), "edit CALL-0001");

        var here = _bot.Shown(response, Audience.Here);
        Assert.Contains("personal chat", here);
        Assert.DoesNotContain("rang about results", here);
        Assert.Contains("entry.complete", _bot.Shown(response, Audience.AuthorPersonal));
    }

    [Fact]
    public void Edit_OtherStaffMember_IsRefused()
    {
        _bot.Say(Personal(Sam), "log call rang about results");

        var response = _bot.Say(Personal(Alex), "edit CALL-0001");

        var text = _bot.Shown(response, Audience.Here);
        Assert.Contains("Only the person who logged", text);
        Assert.DoesNotContain("rang about results", text);
    }

    [Fact]
    public void Edit_ReferenceOfAnotherPractice_IsNotFound()
    {
        _bot.Say(Personal(Hilda), "log call");

        var response = _bot.Say(Channel(Manager), "edit CALL-0001");

        Assert.Contains("can't find CALL-0001", Assert.Single(response.Messages).Text);
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("edit please")]
    [InlineData("delete =cmd|' /C calc'!A0")]
    public void EditOrDelete_WithoutAReference_ExplainsHowToTypeIt(string text)
    {
        var response = _bot.Say(Personal(Sam), text);

        Assert.Contains("for example", Assert.Single(response.Messages).Text);
    }
}
