using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace CutoverBot.Tests.Manifest;

/// <summary>Runs manifest/build.sh as an IT lead would, and opens the zip Teams would be given.</summary>
public sealed class ManifestPackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cutoverbot-manifest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task BuildScript_WithBotId_ZipsManifestWithThatIdAndBothIconsAtTheRoot()
    {
        var zip = Path.Combine(_folder, "app.zip");

        var (code, _) = await RunBuildAsync(("BOT_ID", "1a2b3c4d-0000-4000-8000-123456789abc"), ("OUT", zip));

        Assert.Equal(0, code);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
        Assert.Equal("1a2b3c4d-0000-4000-8000-123456789abc", TeamsManifest.Bot(manifest)["botId"]!.GetValue<string>());
        Assert.Equal(TeamsManifest.Load()["id"]!.GetValue<string>(), manifest["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task BuildScript_WithoutARealBotId_Exits2AndWritesNoZip(string botId)
    {
        var zip = Path.Combine(_folder, "app.zip");

        var (code, stderr) = await RunBuildAsync(("BOT_ID", botId), ("OUT", zip));

        Assert.Equal(2, code);
        Assert.Contains("Set BOT_ID", stderr);
        Assert.False(File.Exists(zip));
    }

    private static async Task<(int Code, string Stderr)> RunBuildAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.ManifestFolder, "build.sh"));
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return (process.ExitCode, await stderr);
    }
}
