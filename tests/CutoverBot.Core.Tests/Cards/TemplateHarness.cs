using System.Text.Json.Nodes;
using CutoverBot.Core.Cards;

namespace CutoverBot.Core.Tests.Cards;

/// <summary>Binds a test-local template (no file in cards/) to JSON data.</summary>
internal static class TemplateHarness
{
    public const string Name = "test-card";

    public static CardRenderer Renderer(string template) => new(new Dictionary<string, string> { [Name] = template });

    public static JsonObject Bind(string template, string data) => Renderer(template).RenderNode(Name, JsonNode.Parse(data));

    public static string Render(string template, string data) => Renderer(template).Render(Name, JsonNode.Parse(data));

    public static CardBindingException Fails(string template, string data) =>
        Assert.Throws<CardBindingException>(() => Bind(template, data));
}
