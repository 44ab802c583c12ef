using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive.Workbook;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.GoLive;

public sealed class GoLiveCommandTests : IDisposable
{
    private readonly GoLiveHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Summary_InChannel_PostsTheGoLiveCardHereWithMentions()
    {
        _h.Call(Sam, "Margaret Evans");

        var response = _h.Say(Channel(Sam), "summary");

        var message = Assert.Single(response.Messages);
        Assert.Equal(Audience.Here, message.Audience);
        Assert.Equal(GoLiveCards.Template, message.Card!.Template);
        var shown = _h.Bot.Shown(message);
        Assert.Contains("<at>Sam Reception</at>", shown);
        Assert.DoesNotContain("Margaret", shown);
    }

    [Fact]
    public void Summary_BeforeGoLive_SaysItIsAPreview()
    {
        using var early = new GoLiveHarness(GoLiveHarness.GoLive.AddDays(3));
        early.Call(Sam, "Margaret Evans");

        var shown = early.Bot.Shown(early.Say(Personal(Sam), "summary"), Audience.Here);

        Assert.Contains("Preview: what will need re-entry at Riverside Surgery", shown);
    }

    [Fact]
    public void Summary_Guest_Refused()
    {
        var shown = _h.Bot.Shown(_h.Say(Channel(Guest), "summary"), Audience.Here);

        Assert.Contains("Only practice staff", shown);
    }

    [Fact]
    public void Reentered_OwnReference_MarksItAndSaysWhatIsLeft()
    {
        var first = _h.Call(Sam, "Margaret Evans");
        _h.Call(Sam, "Alan Reid");

        var shown = _h.Bot.Shown(_h.Say(Channel(Sam), "reentered call-0001"), Audience.Here);

        Assert.Equal("Marked CALL-0001 re-entered. You have 1 left to re-enter.", shown);
        var stored = _h.Bot.Entries.Find(first.Id)!;
        Assert.Equal((EntryStatus.Reentered, Sam.Name), (stored.Status, stored.ReenteredBy));
        Assert.Equal(AuditAction.Reentered, _h.Bot.Audit.ForEntry(first.Id).Last().Action);
    }

    [Fact]
    public void Reentered_SomeoneElsesNotManager_Refused()
    {
        var entry = _h.Call(Alex, "Margaret Evans");

        var shown = _h.Bot.Shown(_h.Say(Personal(Sam), "reentered CALL-0001"), Audience.Here);

        Assert.Contains("Only the person who logged CALL-0001 or the practice manager", shown);
        Assert.Equal(EntryStatus.Pending, _h.Bot.Entries.Find(entry.Id)!.Status);
    }

    [Fact]
    public void ReenteredAll_ConfirmsAllMineOnly()
    {
        _h.Call(Sam, "A");
        _h.Call(Sam, "B");
        var alex = _h.Call(Alex, "C");

        var shown = _h.Bot.Shown(_h.Say(Personal(Sam), "reentered all"), Audience.Here);

        Assert.Equal("Marked your 2 entries at Riverside Surgery re-entered. Thank you.", shown);
        Assert.Equal(EntryStatus.Pending, _h.Bot.Entries.Find(alex.Id)!.Status);
        Assert.Equal("You have no entries waiting for re-entry at Riverside Surgery.", _h.Bot.Shown(_h.Say(Personal(Sam), "reentered all"), Audience.Here));
    }

    // The host brings the posted go-live cards up to date only when told which practice's progress moved.
    [Fact]
    public void Reentered_ProgressChanged_NamesThePracticeOnlyWhenSomethingChanged()
    {
        _h.Call(Sam, "Margaret Evans");

        Assert.Equal(TestBot.Riverside, _h.Say(Personal(Sam), "reentered CALL-0001").ReentryChangedFor);
        Assert.Null(_h.Say(Personal(Sam), "reentered CALL-0001").ReentryChangedFor);
        Assert.Null(_h.Say(Personal(Sam), "reentered all").ReentryChangedFor);
        Assert.Null(_h.Say(Personal(Sam), "reentered CALL-0099").ReentryChangedFor);
    }

    [Fact]
    public void NotNeeded_WithReason_MarksItWithTheReason()
    {
        var entry = _h.Call(Sam, "A");

        var shown = _h.Bot.Shown(_h.Say(Personal(Sam), "not needed CALL-0001 duplicate of CALL-0002"), Audience.Here);

        Assert.StartsWith("Marked CALL-0001 not needed.", shown);
        var stored = _h.Bot.Entries.Find(entry.Id)!;
        Assert.Equal((EntryStatus.NotNeeded, "duplicate of CALL-0002"), (stored.Status, stored.Patient.NotNeededReason));
    }

    [Theory]
    [InlineData("not needed CALL-0001", "Please say why CALL-0001 isn't needed")]
    [InlineData("not needed", "Type not needed, the reference and why")]
    [InlineData("not needed because", "Type not needed, the reference and why")]
    public void NotNeeded_WithoutReasonOrReference_ExplainsAndChangesNothing(string text, string expected)
    {
        var entry = _h.Call(Sam, "A");

        Assert.Contains(expected, _h.Bot.Shown(_h.Say(Personal(Sam), text), Audience.Here));
        Assert.Equal(EntryStatus.Pending, _h.Bot.Entries.Find(entry.Id)!.Status);
    }

    [Fact]
    public void Export_NotManager_ClearRefusalAndNoFile()
    {
        _h.Call(Sam, "Margaret Evans");

        var response = _h.Say(Personal(Sam), "export");

        Assert.Equal(ExportCommand.ManagerOnly, Assert.Single(response.Messages).Text);
        Assert.All(response.Messages, m => Assert.Null(m.File));
    }

    [Fact]
    public void Export_ManagerInChannel_FilesGoToPersonalChatOnly()
    {
        _h.Call(Sam, "Margaret Evans");
        _h.Call(Alex, "Alan Reid", EntryStatus.Reentered);

        var response = _h.Say(Channel(Manager), "export");

        var here = Assert.Single(response.Messages, m => m.Audience == Audience.Here);
        Assert.Null(here.File);
        Assert.DoesNotContain("Margaret", here.Text);
        var files = response.Messages.Where(m => m.File is not null).ToList();
        Assert.All(files, m => Assert.Equal(Audience.AuthorPersonal, m.Audience));
        Assert.Equal(["cutover-y12345-2026-11-26.xlsx", "cutover-y12345-2026-11-26.csv"], files.Select(m => m.File!.FileName));
        Assert.Equal(GoLiveWorkbook.ContentType, files[0].File!.ContentType);
        Assert.Equal(ExportFiles.CsvContentType, files[1].File!.ContentType);
        Assert.Equal("cutover-y12345-2026-11-26-references-only.xlsx", files[0].File!.ChannelCopy!.FileName);
        Assert.Null(files[1].File!.ChannelCopy);
        Assert.Contains("2 entries (1 re-entered, 0 not needed, 1 still to re-enter)", files[0].Text);
    }

    [Fact]
    public void Export_ManagerInPersonalChat_FilesHere()
    {
        _h.Call(Sam, "Margaret Evans");

        var response = _h.Say(Personal(Manager), "export");

        Assert.Equal(2, response.Messages.Count(m => m.File is not null && m.Audience == Audience.Here));
    }

    [Fact]
    public void ExportFiles_NoOdsCode_NamedAfterThePractice()
    {
        var practice = _h.Riverside;
        practice.OdsCode = null;

        Assert.Equal("cutover-riverside-surgery-2026-11-26", ExportFiles.BaseName(practice, GoLiveHarness.GoLive));
    }

    [Fact]
    public void Router_GoLiveCommandsAndVerbs_AreListedForHelpAndManifest()
    {
        Assert.Contains("summary", CutoverFeatures.CommandNames);
        Assert.Contains("reentered all", CutoverFeatures.CommandNames);
        Assert.Contains("not needed", CutoverFeatures.CommandNames);
        Assert.Contains("export", CutoverFeatures.CommandNames);
        Assert.Contains("reentry.confirmAll", CutoverFeatures.Verbs);
        Assert.Contains("golive.page", CutoverFeatures.Verbs);
        var help = _h.Bot.Shown(_h.Say(Personal(Sam), "help"), Audience.Here);
        Assert.Contains("not needed ‹reference› ‹reason›", help);
        Assert.Contains("reentered all", help);
    }

    [Fact]
    public void GoLiveTemplates_EveryVerbHasAHandler()
    {
        foreach (var template in new[] { "golive", "golive-list", "reentry-view", "reentry-nudge" })
        {
            using var stream = typeof(CutoverBot.Core.Cards.CardRenderer).Assembly.GetManifestResourceStream($"cards/{template}.json")!;
            var verbs = CardJson.Actions(System.Text.Json.Nodes.JsonNode.Parse(stream)).Select(a => a.Verb).Distinct();
            Assert.All(verbs, v => Assert.Contains(v, CutoverFeatures.Verbs));
        }
    }
}
