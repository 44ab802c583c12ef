using static CutoverBot.Core.Tests.Cards.TemplateHarness;

namespace CutoverBot.Core.Tests.Cards;

public sealed class CardRendererWhenTests
{
    private const string Data = """
        {
          "status": "pending", "count": 2, "zero": 0, "urgent": true, "calm": false,
          "name": "Margaret Evans", "blank": "", "nothing": null,
          "missing": ["name"], "none": [], "patient": { "name": "A" }
        }
        """;

    [Theory]
    [InlineData("urgent", true)]
    [InlineData("calm", false)]
    [InlineData("!calm", true)]
    [InlineData("!nothing", true)]
    [InlineData("!name", false)]
    [InlineData("status == 'pending'", true)]
    [InlineData("status == \"pending\"", true)]
    [InlineData("status != 'pending'", false)]
    [InlineData("count == 2", true)]
    [InlineData("count > 1", true)]
    [InlineData("count >= 3", false)]
    [InlineData("count < 2", false)]
    [InlineData("count <= 2", true)]
    [InlineData("zero == 0 && urgent", true)]
    [InlineData("calm || count > 5", false)]
    [InlineData("calm || !calm && count == 2", true)]
    [InlineData("(calm || !calm) && count == 3", false)]
    [InlineData("nothing == null", true)]
    [InlineData("urgent == true", true)]
    [InlineData("name > 'Lewis'", true)]
    [InlineData("exists(name)", true)]
    [InlineData("exists(nothing)", false)]
    [InlineData("exists(notInData)", false)]
    [InlineData("exists(patient.name)", true)]
    [InlineData("exists(patient.age)", false)]
    [InlineData("count(missing) > 0", true)]
    [InlineData("count(none) == 0", true)]
    [InlineData("length(name) == 14", true)]
    [InlineData("empty(none)", true)]
    [InlineData("empty(blank)", true)]
    [InlineData("empty(nothing)", true)]
    [InlineData("!empty(missing)", true)]
    [InlineData("not(empty(name))", true)]
    [InlineData("$root.count == 2", true)]
    public void RenderNode_When_KeepsElementOnlyWhenTrue(string expression, bool kept)
    {
        var template = $$"""{ "body": [ { "type": "TextBlock", "$when": "${{{expression.Replace("\"", "\\\"")}}}", "text": "shown" } ] }""";

        var body = Bind(template, Data)["body"]!.AsArray();

        Assert.Equal(kept, body.Count == 1);
        Assert.DoesNotContain(body, b => b!.AsObject().ContainsKey("$when"));
    }

    [Fact]
    public void RenderNode_WhenWithDataArray_FiltersItems()
    {
        var card = Bind(
            """{ "body": [ { "$data": "${entries}", "$when": "${status == 'pending'}", "type": "TextBlock", "text": "${ref}" } ] }""",
            """{ "entries": [ { "ref": "A", "status": "pending" }, { "ref": "B", "status": "reentered" }, { "ref": "C", "status": "pending" } ] }""");

        Assert.Equal(["A", "C"], card["body"]!.AsArray().Select(b => (string)b!["text"]!).ToArray());
    }

    [Fact]
    public void RenderNode_WhenFalseOnProperty_OmitsProperty()
    {
        var card = Bind("""{ "type": "Action.Execute", "data": { "$when": "${calm}", "x": 1 } }""", Data);

        Assert.False(card.ContainsKey("data"));
    }

    [Fact]
    public void RenderNode_WhenGivesNonBoolean_Throws()
    {
        var error = Fails("""{ "body": [ { "$when": "${name}", "text": "x" } ] }""", Data);

        Assert.Contains("not true or false", error.Message);
        Assert.DoesNotContain("Margaret", error.Message);
    }

    [Theory]
    [InlineData("upper(name) == 'A'")]
    [InlineData("count ==")]
    [InlineData("count === 2")]
    [InlineData("(count == 2")]
    [InlineData("name + 'x'")]
    [InlineData("$host.name")]
    [InlineData("")]
    public void RenderNode_UnknownFunctionOrUnparseableExpression_Throws(string expression)
    {
        var error = Fails($$"""{ "body": [ { "$when": "${{{expression}}}", "text": "x" } ] }""", Data);

        Assert.Contains(TemplateHarness.Name, error.Message);
    }

    [Fact]
    public void RenderNode_WhenNotAnExpression_Throws()
    {
        Fails("""{ "body": [ { "$when": "urgent", "text": "x" } ] }""", Data);
    }

    [Fact]
    public void RenderNode_OrderingMixedTypes_Throws()
    {
        Fails("""{ "body": [ { "$when": "${name > 2}", "text": "x" } ] }""", Data);
    }
}
