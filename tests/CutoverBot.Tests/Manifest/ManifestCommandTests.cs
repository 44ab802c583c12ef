using CutoverBot.Core;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Tests.Manifest;

public sealed class ManifestCommandTests
{
    private static readonly HashSet<string> BotCommands = new(CutoverFeatures.CommandNames, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> EntryTriggerPhrases =
        new(EntryTriggers.All.SelectMany(t => t.Phrases), StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void CommandLists_EveryCommand_IsACommandOrQuickEntryTheBotUnderstands()
    {
        var unknown = TeamsManifest.Commands(TeamsManifest.Load())
            .Where(c => !BotCommands.Contains(c.Title) && !EntryTriggerPhrases.Contains(c.Title))
            .ToList();

        Assert.Empty(unknown);
    }

    // Teams shows at most ten commands a list, fewer than the bot has (the help card lists them all); the daily
    // checklist is what staff reach for most after the quick entries.
    [Theory]
    [InlineData("team")]
    [InlineData("personal")]
    public void CommandLists_EachScope_OffersTheChecklist(string scope)
    {
        var titles = TeamsManifest.Commands(TeamsManifest.Load()).Where(c => c.Scope == scope).Select(c => c.Title).ToList();

        Assert.Contains("checklist", titles);
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
