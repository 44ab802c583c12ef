using CutoverBot.Core.Cards;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Cards;

public sealed class CardRendererTypedDataTests
{
    private sealed record SampleCardData(string Reference, EntryCategory Category, int MissingCount, IReadOnlyList<string> Missing, DateOnly OccurredOn);

    [Fact]
    public void Render_TypedRecord_BindsCamelCasePropertiesAndEnumsAsStrings()
    {
        var renderer = TemplateHarness.Renderer("""
            { "text": "${reference} ${category} ${occurredOn}", "n": "${missingCount}",
              "body": [ { "$data": "${missing}", "text": "${$data}" } ],
              "urgent": { "$when": "${category == 'homeVisit'}", "x": 1 } }
            """);

        var json = renderer.Render(new CardReply(TemplateHarness.Name,
            new SampleCardData("CALL-0007", EntryCategory.HomeVisit, 2, ["name", "date of birth"], new DateOnly(2025, 3, 14))));

        Assert.Equal(
            """{"text":"CALL-0007 homeVisit 2025-03-14","n":2,"body":[{"text":"name"},{"text":"date of birth"}],"urgent":{"x":1}}""",
            json);
    }

    [Fact]
    public void Utf8Size_MultiByteText_CountsBytesNotCharacters()
    {
        Assert.Equal(3, CardRenderer.Utf8Size("abc"));
        Assert.Equal(2, CardRenderer.Utf8Size("á"));
        Assert.Equal(28 * 1024, CardRenderer.MaxCardBytes);
    }
}
