namespace CutoverBot.Tests.Manifest;

/// <summary>The tabs in the committed manifest: the personal "My entries", the channel/programme tab, and single sign-on.</summary>
public sealed class ManifestTabsTests
{
    [Fact]
    public void StaticTab_MyEntries_IsPersonalAndServedByTheBotsHost()
    {
        var tab = Assert.Single(TeamsManifest.Load()["staticTabs"]!.AsArray())!;

        Assert.Equal("My entries", tab["name"]!.GetValue<string>());
        Assert.Equal(["personal"], tab["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.EndsWith("/tabs/entries.html", tab["contentUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "src", "CutoverBot", "wwwroot", "tabs", "entries.html")));
    }

    [Fact]
    public void ConfigurableTab_IsForTeamChannels_AndItsPagesExist()
    {
        var tab = Assert.Single(TeamsManifest.Load()["configurableTabs"]!.AsArray())!;

        Assert.Equal(["team"], tab["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.EndsWith("/tabs/config.html", tab["configurationUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var page in new[] { "config.html", "channel.html", "programme.html" })
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "src", "CutoverBot", "wwwroot", "tabs", page)), page);
    }

    [Fact]
    public void WebApplicationInfo_NamesTheAppAndItsApplicationIdUriOnTheBotsDomain()
    {
        var manifest = TeamsManifest.Load();
        var info = manifest["webApplicationInfo"]!;
        var domain = Assert.Single(manifest["validDomains"]!.AsArray())!.GetValue<string>();

        Assert.Equal($"api://{domain}/{info["id"]!.GetValue<string>()}", info["resource"]!.GetValue<string>());
    }
}
