namespace CutoverBot.Tests.Manifest;

public sealed class ManifestCommandTests
{
    // TODO: compare with ChatCommandRouter.CommandNames and EntryTriggers.All once the router and parser land on main;
    // until then, the commands and trigger phrases the issue names.
    private static readonly HashSet<string> BotCommands = new(StringComparer.OrdinalIgnoreCase) { "help", "my entries", "undo", "edit", "delete" };

    private static readonly HashSet<string> EntryTriggerPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "log call", "new registration", "new reg", "paper path result", "path result", "consultation", "home visit",
        "prescription request", "referral", "document to scan", "111 message", "ooh report", "screening message",
        "dispensary stock", "note",
    };

    [Fact]
    public void CommandLists_EveryCommand_IsACommandOrQuickEntryTheBotUnderstands()
    {
        var unknown = TeamsManifest.Commands(TeamsManifest.Load())
            .Where(c => !BotCommands.Contains(c.Title) && !EntryTriggerPhrases.Contains(c.Title))
            .ToList();

        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("team")]
    [InlineData("personal")]
    public void CommandLists_EachScope_OffersTheThreeCoreQuickEntriesAndHelp(string scope)
    {
        var titles = TeamsManifest.Commands(TeamsManifest.Load()).Where(c => c.Scope == scope).Select(c => c.Title).ToList();

        Assert.Contains("log call", titles);
        Assert.Contains("new registration", titles);
        Assert.Contains("paper path result", titles);
        Assert.Contains("help", titles);
    }
}
