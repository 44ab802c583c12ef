using System.Text.Json;
using System.Text.Json.Nodes;
using static CutoverBot.Core.Tests.Cards.TemplateHarness;

namespace CutoverBot.Core.Tests.Cards;

public sealed class CardRendererBindingTests
{
    private const string Data = """
        {
          "reference": "CALL-0007",
          "count": 3,
          "urgent": true,
          "patient": { "name": "Margaret Evans", "dob": "14/02/1948", "nhs": null },
          "missing": ["name", "date of birth"],
          "items": [ { "title": "First" }, { "title": "Second" } ],
          "practice": "Riverside Surgery"
        }
        """;

    [Fact]
    public void RenderNode_DottedPath_ReplacesWithValue()
    {
        var card = Bind("""{ "text": "${patient.name}" }""", Data);

        Assert.Equal("Margaret Evans", (string?)card["text"]);
    }

    [Fact]
    public void RenderNode_ArrayIndexAndQuotedKey_ResolveLikeDots()
    {
        var card = Bind("""{ "a": "${missing[1]}", "b": "${items[0].title}", "c": "${patient['dob']}" }""", Data);

        Assert.Equal("date of birth", (string?)card["a"]);
        Assert.Equal("First", (string?)card["b"]);
        Assert.Equal("14/02/1948", (string?)card["c"]);
    }

    [Fact]
    public void RenderNode_WholeStringBinding_KeepsJsonType()
    {
        var card = Bind("""{ "n": "${count}", "b": "${urgent}", "o": "${patient}", "a": "${missing}" }""", Data);

        Assert.Equal(JsonValueKind.Number, card["n"]!.GetValueKind());
        Assert.Equal(3, (int)card["n"]!);
        Assert.Equal(JsonValueKind.True, card["b"]!.GetValueKind());
        Assert.Equal("Margaret Evans", (string?)card["o"]!["name"]);
        Assert.Equal(2, card["a"]!.AsArray().Count);
    }

    [Fact]
    public void RenderNode_BindingInsideText_Interpolates()
    {
        var card = Bind("""{ "text": "${reference}: ${count} items, urgent ${urgent}, NHS '${patient.nhs}'" }""", Data);

        Assert.Equal("CALL-0007: 3 items, urgent true, NHS ''", (string?)card["text"]);
    }

    [Fact]
    public void RenderNode_DataArrayOnElement_RepeatsElementPerItemWithIndex()
    {
        var card = Bind("""
            { "body": [
              { "type": "TextBlock", "text": "Header" },
              { "$data": "${items}", "type": "TextBlock", "text": "${$index}. ${title} at ${$root.practice}" },
              { "type": "TextBlock", "text": "Footer" }
            ] }
            """, Data);

        var texts = card["body"]!.AsArray().Select(b => (string)b!["text"]!).ToArray();
        Assert.Equal(["Header", "0. First at Riverside Surgery", "1. Second at Riverside Surgery", "Footer"], texts);
        Assert.DoesNotContain(card["body"]!.AsArray(), b => b!.AsObject().ContainsKey("$data"));
    }

    [Fact]
    public void RenderNode_DataArrayOfStrings_BindsItemAsData()
    {
        var card = Bind("""{ "facts": [ { "$data": "${missing}", "title": "Missing", "value": "${$data}" } ] }""", Data);

        Assert.Equal(["name", "date of birth"], card["facts"]!.AsArray().Select(f => (string)f!["value"]!).ToArray());
    }

    [Fact]
    public void RenderNode_DataObjectOnElement_ScopesRelativePaths()
    {
        var card = Bind("""{ "body": [ { "$data": "${patient}", "type": "TextBlock", "text": "${name} (${dob})" } ] }""", Data);

        Assert.Equal("Margaret Evans (14/02/1948)", (string?)card["body"]![0]!["text"]);
    }

    [Fact]
    public void RenderNode_EmptyDataArray_RemovesElement()
    {
        var card = Bind("""{ "body": [ { "$data": "${none}", "type": "TextBlock", "text": "${title}" } ] }""", """{ "none": [] }""");

        Assert.Empty(card["body"]!.AsArray());
    }

    [Fact]
    public void RenderNode_NullInsidePath_GivesNullNotError()
    {
        var card = Bind("""{ "value": "${patient.nhs}", "deeper": "x${patient.nhs.digits}x" }""", Data);

        Assert.Equal(JsonValueKind.Null, card["value"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.Equal("xx", (string?)card["deeper"]);
    }

    [Fact]
    public void RenderNode_StaticJson_ComesOutUnchanged()
    {
        const string template = """{ "type": "AdaptiveCard", "version": "1.5", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "body": [ { "type": "TextBlock", "text": "Hello", "wrap": true, "maxLines": 2 } ] }""";

        var card = Bind(template, "{}");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(template), card));
    }

    [Fact]
    public void Render_TextWithApostropheAndAccents_StaysReadable()
    {
        var json = Render("""{ "text": "${name}" }""", """{ "name": "Siobhán O'Neill" }""");

        Assert.Equal("""{"text":"Siobhán O'Neill"}""", json);
    }
}
