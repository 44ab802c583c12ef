using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Entries;

/// <summary>An entry saved by a process killed before it drew its reference is numbered when the bot next starts.</summary>
public sealed class EntryRecorderRepairTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private EntryRecorder Recorder() => new(_bot.Entries, _bot.Audit, new ReferenceCounterStore(_bot.Db), _bot.Time);

    [Fact]
    public void NumberUnfinished_EntrySavedWithoutReference_GetsThePracticesNextReferenceAndItsCreatedRecord()
    {
        var numbered = _bot.Log(Personal(Sam), "log call Margaret Evans wants her bloods");
        var killed = new Entry { PracticeId = Riverside, Category = numbered.Category, AuthorId = Sam.Id, AuthorName = Sam.Name, LoggedAt = _bot.Time.GetUtcNow() };
        _bot.Entries.Insert(killed);
        var held = new Entry { PracticeId = "", Category = numbered.Category, AuthorId = Nobody.Id, AuthorName = Nobody.Name, LoggedAt = _bot.Time.GetUtcNow() };
        _bot.Entries.Insert(held);

        Assert.Equal(1, Recorder().NumberUnfinished());

        Assert.Equal("CALL-0002", _bot.Entries.Find(killed.Id)!.Reference);
        var created = Assert.Single(_bot.Audit.ForEntry(killed.Id));
        Assert.Equal((AuditAction.Created, Sam.Id, "CALL-0002"), (created.Action, created.UserId, created.Reference));
        Assert.Equal("", _bot.Entries.Find(held.Id)!.Reference);
        Assert.Equal(0, Recorder().NumberUnfinished());
    }
}
