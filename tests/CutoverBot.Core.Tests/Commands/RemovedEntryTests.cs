using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Tests.Commands;

/// <summary>Cards of an entry that was undone or deleted: what pressing their buttons says, and the change signal the host acts on.</summary>
public sealed class RemovedEntryTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private static object Form(Entry entry) => new { entryId = entry.Id.ToString(), patientName = "Margaret Evans", dateOfBirth = "1948-02-14" };

    [Fact]
    public void EntryComplete_OnAnUndoneEntry_SaysItWasUndoneAndTakesTheFormAway()
    {
        var entry = _bot.Log(Channel(Sam), "log call Margaret Evans wants her bloods");
        _bot.Say(Personal(Sam), "undo");

        var result = _bot.Click(Personal(Sam), "entry.complete", Form(entry));

        Assert.Equal(200, result.StatusCode);
        var card = _bot.Renderer.Render(result.Card!);
        Assert.Contains("CALL-0001 was removed (undone) by its author", card);
        Assert.Contains(EntryCompleteAction.RemovedNextStep, card);
        Assert.DoesNotContain("Action.", card);
        Assert.DoesNotContain(EntryAccess.NotYours, card);
        Assert.Null(result.EntryChanged);
        Assert.Null(_bot.Entries.Find(entry.Id)!.Patient.DateOfBirth);
    }

    [Fact]
    public void EntryComplete_EntryDeletedByTheManager_NamesTheManager()
    {
        var entry = _bot.Log(Personal(Sam), "log call Margaret Evans wants her bloods");
        _bot.Say(Channel(Manager), "delete " + entry.Reference);

        var card = _bot.Renderer.Render(_bot.Click(Personal(Sam), "entry.complete", Form(entry)).Card!);

        Assert.Contains("CALL-0001 was removed (deleted) by Pat Manager", card);
    }

    [Fact]
    public void EntryComplete_SomeoneElsesRemovedEntry_StillOnlyToldItIsNotTheirs()
    {
        var entry = _bot.Log(Personal(Sam), "log call Margaret Evans wants her bloods");
        _bot.Say(Personal(Sam), "undo");

        var other = _bot.Click(Personal(Alex), "entry.complete", Form(entry));
        var otherPractice = _bot.Click(Personal(Hilda), "entry.delete", new { entryId = entry.Id.ToString() });

        Assert.Equal(403, other.StatusCode);
        Assert.Equal(EntryAccess.NotYours, other.Message);
        Assert.Equal(403, otherPractice.StatusCode);
        Assert.DoesNotContain("CALL-0001", otherPractice.Message);
    }

    [Fact]
    public void EntryDelete_PressedAgainOnAnOlderCopy_SaysItWasAlreadyRemoved()
    {
        var entry = _bot.Log(Personal(Sam), "log call Margaret Evans wants her bloods");
        _bot.Click(Personal(Sam), "entry.delete", new { entryId = entry.Id.ToString() });

        var again = _bot.Click(Personal(Sam), "entry.delete", new { entryId = entry.Id.ToString() });

        Assert.Equal(200, again.StatusCode);
        Assert.Contains("already removed", _bot.Renderer.Render(again.Card!));
        Assert.Null(again.EntryChanged);
    }

    [Fact]
    public void ChangeSignals_CompleteUndoAndDelete_NameTheEntryThatChanged()
    {
        var first = _bot.Log(Channel(Sam), "log call Margaret Evans wants her bloods");
        var completed = _bot.Click(Personal(Sam), "entry.complete", Form(first));
        var unchanged = _bot.Click(Personal(Sam), "entry.complete", Form(first));
        var undone = _bot.Say(Personal(Sam), "undo");
        var second = _bot.Log(Personal(Sam), "log call John Smith 1/1/60");
        var deleted = _bot.Say(Personal(Sam), "delete " + second.Reference);

        Assert.Equal(first.Id, completed.EntryChanged);
        Assert.Null(unchanged.EntryChanged);
        Assert.Equal(first.Id, undone.EntryChanged);
        Assert.Equal(second.Id, deleted.EntryChanged);
    }

    [Fact]
    public void SharedCard_AfterCompletion_SaysCompleteWithNoPatientDetails()
    {
        var entry = _bot.Log(Channel(Sam), "log call Margaret Evans wants her bloods");
        _bot.Click(Personal(Sam), "entry.complete", Form(entry));
        var cards = new EntryPostedCards(_bot.Entries, _bot.Audit);

        var stored = cards.Find(entry.Id)!;
        var shared = _bot.Renderer.Render(cards.Shared(stored));

        Assert.Contains("Updated CALL-0001", shared);
        Assert.Contains(EntryCards.CompleteText, shared);
        Assert.DoesNotContain("Margaret", shared);
        Assert.DoesNotContain("1948", shared);
        Assert.Null(cards.Personal(stored));
    }
}
