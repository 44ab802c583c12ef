using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using CutoverBot.Cli;
using NJsonSchema;

namespace CutoverBot.Tests.Manifest;

/// <summary>
/// Runs manifest/build.sh as an IT lead would (on the built bot, through its teams-package command) and opens the zip
/// Teams would be given: every id, domain and link replaced, icons at Teams' sizes, valid against the official schema.
/// </summary>
public sealed class ManifestPackageTests : IDisposable
{
    private const string BotId = "1a2b3c4d-0000-4000-8000-123456789abc";
    private const string GraphId = "5e6f7a8b-0000-4000-8000-123456789abc";
    private readonly string _folder = Directory.CreateTempSubdirectory("cutoverbot-manifest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Zip => Path.Combine(_folder, "app.zip");

    private static readonly (string Name, string Value)[] Everything =
    [
        ("BOT_ID", BotId), ("BOT_DOMAIN", "cutoverbot.icb.nhs.uk"), ("DEVELOPER_URL", "https://www.riverside-icb.nhs.uk/"),
        ("PRIVACY_URL", "https://www.riverside-icb.nhs.uk/privacy"), ("TERMS_URL", "https://www.riverside-icb.nhs.uk/terms"),
    ];

    [Fact]
    public async Task BuildScript_AllValuesGiven_IdsDomainAndLinksReplacedIconsAtTeamsSizesAndSchemaValid()
    {
        var (code, stderr) = await RunBuildAsync([.. Everything, ("OUT", Zip)]);

        Assert.True(code == 0, stderr);
        using var archive = ZipFile.OpenRead(Zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        var (manifest, text) = Read(archive);
        Assert.Equal(BotId, TeamsManifest.Bot(manifest)["botId"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(TeamsManifest.Load()["id"]!.GetValue<string>(), manifest["id"]!.GetValue<string>());
        Assert.Equal(["cutoverbot.icb.nhs.uk"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("https://www.riverside-icb.nhs.uk/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://www.riverside-icb.nhs.uk/terms", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.Equal("https://cutoverbot.icb.nhs.uk/tabs/entries.html", manifest["staticTabs"]![0]!["contentUrl"]!.GetValue<string>());
        Assert.Equal("https://cutoverbot.icb.nhs.uk/tabs/config.html", manifest["configurableTabs"]![0]!["configurationUrl"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://cutoverbot.icb.nhs.uk/{BotId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.DoesNotContain("example.com", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("00000000-0000-0000-0000-000000000000", text, StringComparison.Ordinal);
        Assert.Equal((192, 192), IconSize(archive, "color.png"));
        Assert.Equal((32, 32), IconSize(archive, "outline.png"));
        await AssertSchemaValidAsync(manifest, text);
        Assert.Contains("Wrote " + Zip, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildScript_GraphClientIdAndNewAppId_AddsTeamFilesConsentAndStaysSchemaValid()
    {
        var (code, stderr) = await RunBuildAsync([.. Everything, ("GRAPH_CLIENT_ID", GraphId), ("APP_ID", "9c8b7a6d-0000-4000-8000-123456789abc"), ("OUT", Zip)]);

        Assert.True(code == 0, stderr);
        using var archive = ZipFile.OpenRead(Zip);
        var (manifest, text) = Read(archive);
        Assert.Equal("9c8b7a6d-0000-4000-8000-123456789abc", manifest["id"]!.GetValue<string>());
        Assert.Equal(GraphId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        var consent = Assert.Single(manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray());
        Assert.Equal("File.Read.Group", consent!["name"]!.GetValue<string>());
        Assert.Equal("Application", consent["type"]!.GetValue<string>());
        await AssertSchemaValidAsync(manifest, text);
    }

    [Theory]
    [InlineData("BOT_ID", "", "--bot-id is required")]
    [InlineData("BOT_ID", "00000000-0000-0000-0000-000000000000", "--bot-id must be a GUID")]
    [InlineData("BOT_ID", "not-a-guid", "--bot-id must be a GUID")]
    [InlineData("BOT_DOMAIN", "", "--domain is required")]
    [InlineData("BOT_DOMAIN", "https://cutoverbot.icb.nhs.uk/api/messages", "--domain takes the host name only")]
    [InlineData("BOT_DOMAIN", "cutoverbot.example.com", "is an example address")]
    [InlineData("PRIVACY_URL", "", "--privacy is required")]
    [InlineData("TERMS_URL", "http://www.riverside-icb.nhs.uk/terms", "--terms must be an https address")]
    [InlineData("DEVELOPER_URL", "https://cutoverbot.example.com/", "is an example address")]
    public async Task BuildScript_AValueMissingOrAPlaceholder_Exits2NamingItAndWritesNoZip(string name, string value, string message)
    {
        var environment = Everything.Where(e => e.Name != name).Append((name, value)).Append(("OUT", Zip)).ToArray();

        var (code, stderr) = await RunBuildAsync(environment);

        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Contains("BOT_ID", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Fact]
    public async Task TeamsPackage_EditedManifestStillHoldingAnExampleLink_RefusesNamingWhereAndWritesNoZip()
    {
        var copy = CopyManifestFolder();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(copy, "manifest.json")))!.AsObject();
        manifest["staticTabs"] = new JsonArray(new JsonObject { ["entityId"] = "about", ["name"] = "About", ["contentUrl"] = "https://cutoverbot.example.com/about", ["scopes"] = new JsonArray("personal") });
        File.WriteAllText(Path.Combine(copy, "manifest.json"), manifest.ToJsonString());

        var (code, stderr) = await RunPackageAsync(copy);

        Assert.Equal(2, code);
        Assert.Contains("$.staticTabs[0].contentUrl: https://cutoverbot.example.com/about", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Fact]
    public async Task TeamsPackage_ColourIconTheWrongSize_RefusesSayingTheSizeTeamsNeeds()
    {
        var copy = CopyManifestFolder();
        File.Copy(Path.Combine(copy, "outline.png"), Path.Combine(copy, "color.png"), overwrite: true);

        var (code, stderr) = await RunPackageAsync(copy);

        Assert.Equal(2, code);
        Assert.Contains("color.png must be a 192x192 PNG, as Teams requires; it is 32x32.", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    private string CopyManifestFolder()
    {
        var copy = Directory.CreateDirectory(Path.Combine(_folder, "manifest")).FullName;
        foreach (var file in new[] { "manifest.json", "color.png", "outline.png" })
            File.Copy(Path.Combine(RepositoryPaths.ManifestFolder, file), Path.Combine(copy, file));
        return copy;
    }

    private async Task<(int Code, string Stderr)> RunPackageAsync(string manifestFolder)
    {
        var output = new StringWriter();
        var code = await CliRunner.TryRunAsync(
            ["teams-package", "--manifest-folder", manifestFolder, "--out", Zip, "--bot-id", BotId, "--domain", "cutoverbot.icb.nhs.uk",
                "--website", "https://www.riverside-icb.nhs.uk/", "--privacy", "https://www.riverside-icb.nhs.uk/privacy", "--terms", "https://www.riverside-icb.nhs.uk/terms"],
            TextWriter.Null, output);
        return (code!.Value, output.ToString());
    }

    private static (JsonObject Manifest, string Text) Read(ZipArchive archive)
    {
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var text = reader.ReadToEnd();
        return (JsonNode.Parse(text)!.AsObject(), text);
    }

    private (int, int) IconSize(ZipArchive archive, string name)
    {
        var path = Path.Combine(_folder, "extracted-" + name);
        archive.GetEntry(name)!.ExtractToFile(path, overwrite: true);
        var png = PngImage.Read(path);
        return (png.Width, png.Height);
    }

    // The official schema of the version the package declares; a version with no schema here fails, rather than passing unchecked.
    private static async Task AssertSchemaValidAsync(JsonObject manifest, string text)
    {
        var version = manifest["manifestVersion"]!.GetValue<string>();
        var file = RepositoryPaths.TestFile($"MicrosoftTeams.v{version}.schema.json");
        Assert.True(File.Exists(file), $"manifestVersion {version}: add the official schema for it as {file}");
        var schema = await JsonSchema.FromFileAsync(file);
        var errors = schema.Validate(text);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
        Assert.True(decimal.Parse(version, CultureInfo.InvariantCulture) >= 1.25m);
    }

    private static async Task<(int Code, string Stderr)> RunBuildAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.ManifestFolder, "build.sh"));
        // The test's own build of the bot, so the script does not build the project again.
        start.Environment["CUTOVERBOT_DLL"] = typeof(CliRunner).Assembly.Location;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, await stderr);
    }
}
