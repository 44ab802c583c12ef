using System.Globalization;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace CutoverBot.Tests.Manifest;

public sealed class ManifestTests
{
    private const string SchemaFile = "MicrosoftTeams.v1.25.schema.json";

    [Fact]
    public void Manifest_Parses_WithManifestVersionAtLeast125AndRequiredFields()
    {
        var manifest = TeamsManifest.Load();

        Assert.True(decimal.Parse(manifest["manifestVersion"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= 1.25m);
        foreach (var field in new[] { "version", "id", "developer", "name", "description", "icons", "accentColor", "bots" })
            Assert.True(manifest.ContainsKey(field), $"manifest.json has no {field}");
        Assert.True(Guid.TryParse(manifest["id"]!.GetValue<string>(), out var id) && id != Guid.Empty, "the app id must be a fixed, real GUID");
    }

    [Fact]
    public async Task Manifest_AgainstOfficialTeamsSchema_HasNoErrors()
    {
        var schema = await JsonSchema.FromFileAsync(RepositoryPaths.TestFile(SchemaFile));

        var errors = schema.Validate(TeamsManifest.Text);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task Schema_ManifestWithoutDeveloperAndWithBadBotId_IsRejected()
    {
        // Proves the validation above can fail: the schema really is applied.
        var schema = await JsonSchema.FromFileAsync(RepositoryPaths.TestFile(SchemaFile));
        var manifest = TeamsManifest.Load();
        manifest.Remove("developer");
        TeamsManifest.Bot(manifest)["botId"] = "${{BOT_ID}}";

        var errors = schema.Validate(manifest.ToJsonString());

        Assert.Contains(errors, e => e.ToString().Contains("developer", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ToString().Contains("botId", StringComparison.Ordinal));
    }

    [Fact]
    public void Bot_IsInTeamAndPersonalScopesAndSupportsFiles()
    {
        var bot = TeamsManifest.Bot(TeamsManifest.Load());

        var scopes = bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        Assert.Contains("team", scopes);
        Assert.Contains("personal", scopes);
        Assert.True(bot["supportsFiles"]!.GetValue<bool>());
        Assert.Equal("00000000-0000-0000-0000-000000000000", bot["botId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Icons_NamedInManifest_ExistWithTeamsPixelSize(string icon, int size)
    {
        var file = TeamsManifest.Load()["icons"]![icon]!.GetValue<string>();

        var png = PngImage.Read(Path.Combine(RepositoryPaths.ManifestFolder, file));

        Assert.Equal((size, size), (png.Width, png.Height));
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        var png = PngImage.Read(Path.Combine(RepositoryPaths.ManifestFolder, "outline.png"));

        Assert.NotNull(png.Rgba);
        Assert.Equal(0, png.Pixel(0, 0).A);
        var drawn = 0;
        for (var y = 0; y < png.Height; y++)
            for (var x = 0; x < png.Width; x++)
            {
                var (r, g, b, a) = png.Pixel(x, y);
                if (a == 0) continue;
                drawn++;
                Assert.True(r == 255 && g == 255 && b == 255, $"pixel {x},{y} is not white");
            }
        Assert.InRange(drawn, 50, 32 * 32 / 2);
    }

    [Fact]
    public void ColourIcon_IsOpaqueInTheMiddleAndNotBlank()
    {
        var png = PngImage.Read(Path.Combine(RepositoryPaths.ManifestFolder, "color.png"));

        Assert.NotNull(png.Rgba);
        Assert.Equal(255, png.Pixel(96, 150).A);
        var colours = new HashSet<(byte, byte, byte)>();
        for (var y = 0; y < png.Height; y += 4)
            for (var x = 0; x < png.Width; x += 4)
                colours.Add(png.Pixel(x, y) is var p ? (p.R, p.G, p.B) : default);
        Assert.True(colours.Count > 2, "the colour icon has no picture on it");
    }

    private static JsonArray Lists() => TeamsManifest.Bot(TeamsManifest.Load())["commandLists"]!.AsArray();

    [Fact]
    public void CommandLists_TeamsLimits_TitlesUpTo32CharsAndUpTo10CommandsPerList()
    {
        foreach (var list in Lists())
        {
            var titles = list!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
            Assert.InRange(titles.Count, 1, 10);
            Assert.All(titles, t => Assert.InRange(t.Length, 1, 32));
            Assert.Equal(titles.Count, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }
}
