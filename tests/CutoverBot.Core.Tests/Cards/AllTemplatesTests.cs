using System.Text.Json.Nodes;
using CutoverBot.Core.Cards;

namespace CutoverBot.Core.Tests.Cards;

/// <summary>
/// Every template in cards/, expanded with its sample data (Samples/&lt;template&gt;.json, the data object as JSON),
/// must bind completely, stay under Teams' size limit and pass the official Adaptive Cards library at 1.5.
/// </summary>
public sealed class AllTemplatesTests
{
    private static readonly string SamplesFolder = Path.Combine(OfficialCardCheck.CardsTestFolder, "Samples");

    [Fact]
    public void TemplateNames_EmbeddedTemplates_MatchFilesInCardsFolder()
    {
        var cardsFolder = Path.Combine(OfficialCardCheck.RepoRoot, "cards");
        var files = Directory.Exists(cardsFolder)
            ? Directory.GetFiles(cardsFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()
            : [];

        Assert.Equal(files, new CardRenderer().TemplateNames.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void AllTemplates_ExpandWithSampleData_PassOfficialLibrary()
    {
        var renderer = new CardRenderer();
        var names = renderer.TemplateNames.Order(StringComparer.Ordinal).ToArray();
        var withoutSample = names.Where(name => !File.Exists(SamplePath(name))).ToArray();
        Assert.True(withoutSample.Length == 0,
            $"Every card template needs sample data in tests/CutoverBot.Core.Tests/Cards/Samples/<name>.json; missing for: {string.Join(", ", withoutSample)}");
        if (names.Length == 0)
        {
            return;
        }

        using var folder = new TempFolder();
        var problems = new List<string>();
        foreach (var name in names)
        {
            var sample = File.ReadAllText(SamplePath(name));
            var json = renderer.Render(name, JsonNode.Parse(sample));
            if (Occurrences(json, "${") > Occurrences(sample, "${"))
            {
                problems.Add($"{name}: a '${{' is left after binding.");
            }

            var size = CardRenderer.Utf8Size(json);
            if (size >= CardRenderer.MaxCardBytes)
            {
                problems.Add($"{name}: {size} bytes, over Teams' {CardRenderer.MaxCardBytes}-byte limit.");
            }

            File.WriteAllText(folder.File(name + ".json"), json);
        }

        var (exitCode, output) = OfficialCardCheck.Validate(folder.Path);
        Assert.True(exitCode == 0 && problems.Count == 0, string.Join("\n", problems.Append(output)));
    }

    [Fact]
    public void AllTemplates_ExpandWithSampleData_MatchReferenceTemplatingEngine()
    {
        var renderer = new CardRenderer();
        var names = renderer.TemplateNames.Where(name => File.Exists(SamplePath(name))).Order(StringComparer.Ordinal).ToArray();
        if (names.Length == 0)
        {
            return;
        }

        using var templates = new TempFolder();
        var pairs = names.Select(name =>
        {
            var template = templates.File(name + ".json");
            File.WriteAllText(template, ReadEmbedded(name));
            return (template, SamplePath(name));
        }).ToArray();

        var reference = OfficialCardCheck.ReferenceExpand(pairs);

        // The reference engine writes "${path}" back for a null or missing value where ours gives "" or fails,
        // so compare only the cards it expanded completely.
        var differing = names
            .Select((name, i) => (name, ours: renderer.RenderNode(name, JsonNode.Parse(File.ReadAllText(SamplePath(name)))), theirs: reference[i]))
            .Where(c => !c.theirs!.ToJsonString().Contains("${", StringComparison.Ordinal) && !JsonNode.DeepEquals(c.ours, c.theirs))
            .Select(c => $"{c.name}:\n ours:   {c.ours.ToJsonString()}\n theirs: {c.theirs!.ToJsonString()}")
            .ToArray();
        Assert.True(differing.Length == 0, string.Join("\n", differing));
    }

    private static string SamplePath(string name) => Path.Combine(SamplesFolder, name + ".json");

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(CardRenderer).Assembly.GetManifestResourceStream($"cards/{name}.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
