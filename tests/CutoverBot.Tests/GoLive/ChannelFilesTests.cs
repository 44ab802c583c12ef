using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.GoLive;

/// <summary>export with Microsoft Graph set up, against the fake connector's Graph stand-in.</summary>
public sealed class ChannelFilesTests(GraphBotFixture bot) : IClassFixture<GraphBotFixture>
{
    private const string ConsentType = "application/vnd.microsoft.teams.card.file.consent";

    [Fact]
    public async Task Export_WithGraph_FilesFolderLookedUpAndBothFilesPutWithTheirBytes()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "graph");
        var before = bot.Connector.Calls.Count;
        var graphBefore = bot.Connector.FileCalls.Count;

        await GoLiveScenario.Send(bot, s.Personal(s.Maria, "export"));

        var graph = bot.Connector.FileCalls.Skip(graphBefore).ToList();
        var groupId = FakeConnector.GroupIdOf(s.TeamId);
        Assert.Equal(groupId, bot.Service<PracticeStore>().Find(s.TeamId)!.AadGroupId);
        Assert.Equal(2, graph.Count(c => c.Method == "GET" && c.Path == $"/graph/v1.0/teams/{groupId}/channels/{s.TeamId}/filesFolder"));
        var puts = graph.Where(c => c.Method == "PUT").ToList();
        var consents = bot.CallsSince(before).Where(c => c.Attachment(ConsentType) is not null).Select(c => c.Attachment(ConsentType)!).ToList();
        Assert.Equal(2, puts.Count);
        foreach (var consent in consents)
        {
            var name = consent["name"]!.GetValue<string>();
            var put = puts.Single(p => p.Path == $"/graph/v1.0/drives/drive-practice/items/folder-general:/{name}:/content");
            Assert.Equal(consent["content"]!["sizeInBytes"]!.GetValue<long>(), put.Body.Length);
        }
        Assert.Equal([0x50, 0x4B], puts.Single(p => p.Path.Contains(".xlsx", StringComparison.Ordinal)).Body.Take(2));
        Assert.Contains(bot.CallsSince(before), c => (c.Text ?? "").StartsWith("I've also saved", StringComparison.Ordinal));
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
