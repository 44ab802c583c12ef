using System.Text.Json.Nodes;
using CutoverBot.Core.Cards;

namespace CutoverBot.Core.Tests.Cards;

/// <summary>Proves the official-library check itself: it passes a realistic Teams card and catches broken ones.</summary>
public sealed class OfficialCardCheckTests
{
    private static readonly string ExampleTemplate = Path.Combine(OfficialCardCheck.CardsTestFolder, "Examples", "entry-example.template.json");
    private static readonly string ExampleData = Path.Combine(OfficialCardCheck.CardsTestFolder, "Examples", "entry-example.data.json");

    [Fact]
    public void Validate_ExampleTemplateRenderedByOurBinder_Passes()
    {
        var json = RenderExample();
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("entry-example.json"), json);

        var (exitCode, output) = OfficialCardCheck.Validate(folder.Path);

        Assert.True(exitCode == 0, output);
        Assert.Contains("1 of 1 card(s) pass", output);
        Assert.Contains("entry.complete", json);
        Assert.Contains("Action.Submit", json);
    }

    [Fact]
    public void RenderNode_ExampleTemplate_MatchesReferenceTemplatingEngine()
    {
        var ours = new CardRenderer(new Dictionary<string, string> { ["example"] = File.ReadAllText(ExampleTemplate) })
            .RenderNode("example", JsonNode.Parse(File.ReadAllText(ExampleData)));

        var reference = OfficialCardCheck.ReferenceExpand((ExampleTemplate, ExampleData))[0];

        Assert.True(JsonNode.DeepEquals(reference, ours), $"ours:\n{ours}\nreference:\n{reference}");
    }

    // One node run for the whole table keeps the suite fast; each card must fail on its own line of the report.
    private static readonly (string File, string Card, string Expected)[] InvalidCards =
    [
        ("unknown-element.json", """{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Carousel", "pages": [] } ] }""", "Unknown element type \"Carousel\""),
        ("input-without-id.json", """{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Input.Text", "label": "Name" } ] }""", "All inputs must have a unique Id"),
        ("duplicate-id.json", """{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Input.Text", "id": "a" }, { "type": "Input.Date", "id": "a" } ] }""", "Duplicate Id"),
        ("openurl-without-url.json", """{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.OpenUrl", "title": "Guide" } ] }""", "Property \"url\" must be set"),
        ("bad-enum-value.json", """{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "x", "size": "huge" } ] }""", "Invalid value \"huge\""),
        ("unknown-action.json", """{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Bogus", "title": "x" } ] }""", "Unknown action type"),
        ("version-1-6.json", """{ "type": "AdaptiveCard", "version": "1.6", "body": [ { "type": "TextBlock", "text": "x" } ] }""", "above 1.5"),
        ("no-version.json", """{ "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "x" } ] }""", "\"version\" is missing"),
        ("not-json.json", """{ "type": "AdaptiveCard", "version": "1.5", "body": [ """, "Cannot be read as JSON"),
    ];

    [Fact]
    public void Validate_InvalidCards_EachFailsNamingItsProblem()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("ok.json"), RenderExample());
        foreach (var (file, card, _) in InvalidCards)
        {
            File.WriteAllText(folder.File(file), card);
        }

        var (exitCode, output) = OfficialCardCheck.Validate(folder.Path);

        Assert.Equal(1, exitCode);
        var reports = output.Split("FAIL ", StringSplitOptions.RemoveEmptyEntries);
        foreach (var (file, _, expected) in InvalidCards)
        {
            var report = Assert.Single(reports, r => r.StartsWith(folder.File(file) + "\n", StringComparison.Ordinal));
            Assert.Contains(expected, report);
        }

        Assert.DoesNotContain("ok.json", output);
        Assert.Contains($"1 of {InvalidCards.Length + 1} card(s) pass", output);
    }

    private static string RenderExample() =>
        new CardRenderer(new Dictionary<string, string> { ["example"] = File.ReadAllText(ExampleTemplate) })
            .Render("example", JsonNode.Parse(File.ReadAllText(ExampleData)));
}
