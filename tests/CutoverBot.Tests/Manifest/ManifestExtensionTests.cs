using System.Text.Json.Nodes;
using CutoverBot.Bot.Extensions;

namespace CutoverBot.Tests.Manifest;

/// <summary>The message extension the manifest declares: the two commands the bot answers, where Teams offers them.</summary>
public sealed class ManifestExtensionTests
{
    [Fact]
    public void ComposeExtension_LogForReentry_ActionOnMessagesComposeAndCommandBoxWithAFetchedForm()
    {
        var command = Command(MessageExtensionHandler.LogCommand);

        Assert.Equal("action", command["type"]!.GetValue<string>());
        Assert.True(command["fetchTask"]!.GetValue<bool>());
        Assert.Equal(["message", "compose", "commandBox"], command["context"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("Log for re-entry", command["title"]!.GetValue<string>());
    }

    [Fact]
    public void ComposeExtension_FindAnEntry_QueryWithOneTextParameter()
    {
        var command = Command(MessageExtensionHandler.FindCommand);

        Assert.Equal("query", command["type"]!.GetValue<string>());
        var parameter = Assert.Single(command["parameters"]!.AsArray())!;
        Assert.Equal("query", parameter["name"]!.GetValue<string>());
    }

    [Fact]
    public void ComposeExtension_ServedByTheBot_SameBotIdAndOnlyTheCommandsTheBotAnswers()
    {
        var manifest = TeamsManifest.Load();
        var extension = manifest["composeExtensions"]!.AsArray().Single()!;

        Assert.Equal(TeamsManifest.Bot(manifest)["botId"]!.GetValue<string>(), extension["botId"]!.GetValue<string>());
        Assert.Equal([MessageExtensionHandler.LogCommand, MessageExtensionHandler.FindCommand],
            extension["commands"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
    }

    private static JsonNode Command(string id) =>
        TeamsManifest.Load()["composeExtensions"]!.AsArray().Single()!["commands"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!;
}
