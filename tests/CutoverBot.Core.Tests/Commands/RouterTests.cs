using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Tests.Commands;

public sealed class RouterTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("   \t  ")]
    [InlineData("\u0000\u0001\u001b")]
    [InlineData("what's the weather")]
    public void HandleAsync_EmptyOrUnknownText_PointsToHelpAndSavesNothing(string text)
    {
        var response = _bot.Say(Personal(Sam), text);

        Assert.Contains("Type help", Assert.Single(response.Messages).Text);
        Assert.Null(_bot.Entries.LastByAuthor(Sam.Id));
    }

    [Fact]
    public void HandleAsync_QuickEntryOverTheCap_SavesTheFirstPartAndSaysSo()
    {
        var response = _bot.Say(Personal(Sam), "log call Margaret Evans 14/02/1948 " + new string('x', ChatLimits.MaxMessageLength));

        Assert.Contains("too long", response.Messages[0].Text);
        Assert.Contains("saved the first part", response.Messages[0].Text);
        var saved = _bot.Entries.LastByAuthor(Sam.Id);
        Assert.NotNull(saved);
        Assert.Equal("Margaret Evans", saved.Patient.Name);
        Assert.True(saved.Patient.Text!.Length < ChatLimits.MaxMessageLength);
    }

    [Fact]
    public void HandleAsync_OtherTextOverTheCap_SaysSoAndSavesNothing()
    {
        var response = _bot.Say(Personal(Sam), "hello " + new string('x', ChatLimits.MaxMessageLength));

        Assert.Contains("Nothing was saved", Assert.Single(response.Messages).Text);
        Assert.Null(_bot.Entries.LastByAuthor(Sam.Id));
    }

    [Fact]
    public void HandleAsync_TextAtTheCap_IsStillSaved()
    {
        var text = "log call " + new string('x', ChatLimits.MaxMessageLength - 9);

        _bot.Say(Personal(Sam), text);

        Assert.NotNull(_bot.Entries.LastByAuthor(Sam.Id));
    }

    [Fact]
    public void HandleAsync_ControlCharactersInsideAnEntry_AreRemovedBeforeSaving()
    {
        var entry = _bot.Log(Personal(Sam), "log call\u0007 rang\u0000 back");

        Assert.Equal("rang back", entry.Patient.Text);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("HELP!")]
    [InlineData("  Help  ")]
    public void HandleAsync_Help_ShowsTheHelpCardWithEveryCommandAndKind(string text)
    {
        var response = _bot.Say(Channel(Sam), text);

        var card = _bot.Shown(response, Audience.Here);
        foreach (var command in CutoverFeatures.Commands) Assert.Contains(command.Description, card);
        foreach (var kind in CutoverBot.Core.Entries.EntryCategoryInfo.All) Assert.Contains(kind.Label, card);
        Assert.Contains("entries.page", card);
    }

    [Fact]
    public void CommandNames_MatchTheCommandsTheRouterDispatches()
    {
        Assert.Equal(["help", "my entries", "undo", "edit", "delete", "find", "practice", "checklist", "done", "untick", "setup",
            "summary", "reentered", "reentered all", "not needed", "export", "status", "retention", "guests can tick",
            "share progress with", "stop sharing with"], CutoverFeatures.CommandNames);
        foreach (var name in CutoverFeatures.CommandNames)
            Assert.DoesNotContain("didn't understand", string.Concat(_bot.Say(Personal(Sam), name).Messages.Select(m => m.Text)));
    }

    [Fact]
    public void HandleActionAsync_UnknownVerb_IsBadRequest()
    {
        var result = _bot.Click(Personal(Sam), "entry.explode", new { });

        Assert.Equal(400, result.StatusCode);
    }
}
