using CutoverBot.Core.Commands;

namespace CutoverBot.Core.Tests.MessageActions;

public sealed class MessageExtensionHelpTests
{
    [Fact]
    public void HelpCard_FullCommandList_NamesBothMessageExtensionCommands()
    {
        var commands = ((HelpCardData)HelpCommand.Card(CutoverFeatures.Help).Data!).Commands.Select(c => c.Command).ToList();

        Assert.Contains("... › Log for re-entry", commands);
        Assert.Contains("Find an entry", commands);
    }
}
