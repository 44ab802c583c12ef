using System.Text.Json.Nodes;
using CutoverBot.Core.Cards;
using static CutoverBot.Core.Tests.Cards.TemplateHarness;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Tests.Cards;

public sealed class CardRendererSafetyTests
{
    private const string PatientData = """{ "patient": { "name": "Margaret Evans", "nhs": "9434765919" }, "note": "wants bloods" }""";

    [Theory]
    [InlineData("${patient.dob}", "patient.dob")]
    [InlineData("Born ${patient.dob}", "patient.dob")]
    [InlineData("${patient.name.first}", "patient.name.first")]
    [InlineData("${items[0]}", "items[0]")]
    [InlineData("${$index}", "$index")]
    public void RenderNode_PathNotInData_ThrowsNamingTemplateAndPathButNoData(string binding, string path)
    {
        var error = Fails($$"""{ "text": "{{binding}}" }""", PatientData);

        Assert.Equal(TemplateHarness.Name, error.Template);
        Assert.Contains(TemplateHarness.Name, error.Message);
        Assert.Contains(path, error.Message);
        Assert.DoesNotContain("Margaret", error.Message);
        Assert.DoesNotContain("9434765919", error.Message);
        Assert.DoesNotContain("bloods", error.Message);
    }

    [Fact]
    public void RenderNode_ErrorInsideRepeat_DoesNotLeakItemValues()
    {
        var error = Fails(
            """{ "body": [ { "$data": "${people}", "text": "${name} ${dob}" } ] }""",
            """{ "people": [ { "name": "Margaret Evans" } ] }""");

        Assert.Contains("dob", error.Message);
        Assert.DoesNotContain("Margaret", error.Message);
    }

    [Fact]
    public void RenderNode_ObjectInsideText_ThrowsWithoutLeakingIt()
    {
        var error = Fails("""{ "text": "Patient: ${patient}" }""", PatientData);

        Assert.DoesNotContain("Margaret", error.Message);
    }

    [Theory]
    [InlineData("${patient.name}")]
    [InlineData("Note: ${patient.name}")]
    public void RenderNode_UserTextContainingBindingSyntax_ComesOutLiterally(string binding)
    {
        var card = Bind(
            $$"""{ "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "{{binding}}" } ], "secret": "${secret}" }""",
            """{ "patient": { "name": "${secret} and ${$root} {x}" }, "secret": "s3cret" }""");

        var text = (string)card["body"]![0]!["text"]!;
        Assert.EndsWith("${secret} and ${$root} {x}", text);
        Assert.Equal("s3cret", (string?)card["secret"]);
    }

    [Fact]
    public void RenderNode_DataArrayHoldingBindingSyntax_IsNotEvaluated()
    {
        var card = Bind("""{ "notes": "${notes}" }""", """{ "notes": [ "${x}", { "$when": "${false}", "k": "${y}" } ] }""");

        Assert.Equal("""["${x}",{"$when":"${false}","k":"${y}"}]""", card["notes"]!.ToJsonString());
    }

    [Theory]
    [InlineData("""{ "text": "Cost ${amount" }""")]
    [InlineData("""{ "${key}": "x" }""")]
    [InlineData("""{ "$unknownDirective": "x" }""")]
    [InlineData("""{ "text": "x" """)]
    public void RenderNode_BrokenTemplate_ThrowsNamingTemplate(string template)
    {
        var error = Fails(template, """{ "amount": 3, "key": "k" }""");

        Assert.Equal(TemplateHarness.Name, error.Template);
    }

    [Fact]
    public void RenderNode_RootRemovedByWhen_Throws()
    {
        Fails("""{ "$when": "${false}", "type": "AdaptiveCard" }""", "{}");
    }

    [Fact]
    public void Render_UnknownTemplate_ThrowsNamingIt()
    {
        var error = Assert.Throws<CardBindingException>(() => Renderer("{}").Render(new CardReply("no-such-card", new { })));

        Assert.Equal("no-such-card", error.Template);
    }

    [Fact]
    public void Compile_BadTemplate_FailsWithoutData()
    {
        var renderer = Renderer("""{ "text": "${shout(name)}" }""");

        var error = Assert.Throws<CardBindingException>(() => renderer.Compile(TemplateHarness.Name));

        Assert.Contains("shout", error.Message);
    }

    [Fact]
    public async Task RenderNode_ConcurrentRenders_AllBindTheirOwnData()
    {
        var renderer = Renderer("""{ "body": [ { "$data": "${items}", "text": "${$root.id}-${$index}" } ] }""");

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            renderer.RenderNode(TemplateHarness.Name, JsonNode.Parse($$"""{ "id": {{i}}, "items": [1, 2, 3] }"""))["body"]!.AsArray()
                .Select(b => (string)b!["text"]!).ToArray())));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal([$"{i}-0", $"{i}-1", $"{i}-2"], results[i]);
        }
    }
}
