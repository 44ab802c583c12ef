using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;

namespace CutoverBot.Core.Tests.GoLive;

/// <summary>Two people confirming one entry, each from a card drawn before the other clicked: the second is told who did it, and nothing of theirs is kept.</summary>
public sealed class ReentryRecorderRaceTests
{
    [Fact]
    public void Confirm_AfterSomeoneElseMarkedItNotNeeded_RefusedAndToldWhoDid()
    {
        using var bot = new TestBot();
        var logged = bot.Log(TestBot.Channel(TestBot.Sam), "log call Margaret Evans 14/02/1948 wants her bloods");
        var recorder = bot.Service<ReentryRecorder>();
        var (samsCard, alexsCard) = (bot.Entries.Find(logged.Id)!, bot.Entries.Find(logged.Id)!);

        Assert.True(recorder.MarkNotNeeded(samsCard, "duplicate of a paper note", TestBot.Sam));
        var second = recorder.Confirm(alexsCard, TestBot.Alex);

        Assert.False(second);
        Assert.StartsWith("marked not needed by Sam Reception", ReentryRecorder.DoneText(alexsCard), StringComparison.Ordinal);
        var stored = bot.Entries.Find(logged.Id)!;
        Assert.Equal((EntryStatus.NotNeeded, "Sam Reception"), (stored.Status, stored.ReenteredBy));
        Assert.Single(bot.Audit.ForEntry(logged.Id), r => r.Action is AuditAction.Reentered or AuditAction.MarkedNotNeeded);
    }
}
