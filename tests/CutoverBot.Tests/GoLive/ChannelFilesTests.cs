using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.GoLive;

/// <summary>export with Microsoft Graph set up, against the fake connector's Graph stand-in.</summary>
public sealed class ChannelFilesTests(GraphBotFixture bot) : IClassFixture<GraphBotFixture>
{
    private const string ConsentType = "application/vnd.microsoft.teams.card.file.consent";

    [Fact]
    public async Task Export_WithGraph_OnlyTheReferencesOnlyWorkbookGoesToTheChannelsFiles()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "graph");
        var before = bot.Connector.Calls.Count;
        var graphBefore = bot.Connector.FileCalls.Count;

        await GoLiveScenario.Send(bot, s.Personal(s.Maria, "export"));

        var graph = bot.Connector.FileCalls.Skip(graphBefore).ToList();
        var groupId = FakeConnector.GroupIdOf(s.TeamId);
        Assert.Equal(groupId, bot.Service<IPracticeStore>().Find(s.TeamId)!.AadGroupId);
        Assert.Equal(1, graph.Count(c => c.Method == "GET" && c.Path == $"/graph/v1.0/teams/{groupId}/channels/{s.TeamId}/filesFolder"));
        var consents = bot.CallsSince(before).Where(c => c.Attachment(ConsentType) is not null).Select(c => c.Attachment(ConsentType)!).ToList();
        Assert.Equal(2, consents.Count);
        var put = Assert.Single(graph, c => c.Method == "PUT");
        var workbook = consents.Single(c => c["name"]!.GetValue<string>().EndsWith(".xlsx", StringComparison.Ordinal))["name"]!.GetValue<string>();
        Assert.Equal($"/graph/v1.0/drives/drive-practice/items/folder-general:/{workbook[..^5]}-references-only.xlsx:/content", put.Path);
        var text = XlsxText(put.Body);
        Assert.Contains("CALL-0001", text, StringComparison.Ordinal);
        foreach (var value in new[] { "Margaret", "Evans", "Tomasz", "Nowak", "Sarah Jones", "Alan Reid", "Edna", "9434765919" })
            Assert.DoesNotContain(value, text, StringComparison.Ordinal);
        Assert.Contains(bot.CallsSince(before), c => (c.Text ?? "").StartsWith("I've also saved", StringComparison.Ordinal));
    }

    // Every XML part of the workbook, as one string: enough to find any text a person could see in Excel.
    private static string XlsxText(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [Fact]
    public async Task Export_GraphRefuses_PlainMessageAndTheFilesStillComeInChat()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "graphfails");
        var before = bot.Connector.Calls.Count;
        bot.Connector.GraphFailure = 403;
        try
        {
            await GoLiveScenario.Send(bot, s.Personal(s.Maria, "export"));
        }
        finally
        {
            bot.Connector.GraphFailure = null;
        }

        var calls = bot.CallsSince(before);
        Assert.Equal(2, calls.Count(c => c.Attachment(ConsentType) is not null));
        var note = calls.Single(c => (c.Text ?? "").StartsWith("I couldn't copy", StringComparison.Ordinal)).Text!;
        Assert.Contains("Files.ReadWrite.All", note, StringComparison.Ordinal);
        Assert.Contains("You still have the files here", note, StringComparison.Ordinal);
        Assert.DoesNotContain("scp or roles", note, StringComparison.Ordinal);
    }
}
