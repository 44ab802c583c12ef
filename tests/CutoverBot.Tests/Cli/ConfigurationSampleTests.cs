using CutoverBot.Tests.Manifest;
using Microsoft.Extensions.Configuration;

namespace CutoverBot.Tests.Cli;

/// <summary>appsettings.sample.json is what an IT lead copies from, so it must load and name every setting.</summary>
public sealed class ConfigurationSampleTests
{
    private static IConfigurationRoot Load(string path) => new ConfigurationBuilder().AddJsonFile(path, optional: false).Build();

    [Fact]
    public void Sample_LoadsWithCommentsAndNamesEverySetting()
    {
        var sample = Load(Path.Combine(RepositoryPaths.Root, "appsettings.sample.json"));

        foreach (var key in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Storage:DatabasePath", "Logging:LogLevel:Default" })
            Assert.NotNull(sample[key]);
        Assert.Contains(sample["MicrosoftAppType"], new[] { "MultiTenant", "SingleTenant", "UserAssignedMSI" });
        Assert.Equal("", sample["MicrosoftAppPassword"]);
    }

    [Fact]
    public void Sample_GraphSection_NamesAllSettingsAndLeavesGraphOff()
    {
        var sample = Load(Path.Combine(RepositoryPaths.Root, "appsettings.sample.json"));
        var graph = new CutoverBot.Graph.GraphOptions();
        sample.GetSection(CutoverBot.Graph.GraphOptions.Section).Bind(graph);

        foreach (var key in new[] { "Graph:TenantId", "Graph:ClientId", "Graph:ClientSecret", "Graph:BaseUrl" })
            Assert.Equal("", sample[key]);
        Assert.False(graph.IsConfigured);
    }

    [Fact]
    public void Sample_CoversEveryKeyOfTheCommittedAppSettings()
    {
        var sampleKeys = Load(Path.Combine(RepositoryPaths.Root, "appsettings.sample.json")).AsEnumerable().Select(kv => kv.Key).ToHashSet();
        var appSettings = Load(Path.Combine(RepositoryPaths.Root, "src", "CutoverBot", "appsettings.json"));

        var missing = appSettings.AsEnumerable().Select(kv => kv.Key).Where(k => !sampleKeys.Contains(k)).ToList();

        Assert.Empty(missing);
        Assert.Null(appSettings["MicrosoftAppPassword"]);
    }
}
