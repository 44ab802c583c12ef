using System.Text.Json.Nodes;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Entries;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Tests.Commands;

/// <summary>Cards that used to run to two screens: the help card and the card of an entry with a long note.</summary>
public sealed class LongCardTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private static readonly string LongNote = string.Join(' ', Enumerable.Repeat("rang about her repeat and the hospital letter", 90))[..3990];

    [Fact]
    public void Help_Card_LeadsWithTheDailyKindsAndCommandsAndFoldsEveryOtherOne()
    {
        var card = JsonNode.Parse(_bot.Shown(_bot.Say(Personal(Sam), "help"), Audience.Here))!;

        var upFront = Texts(card["body"]!);
        foreach (var daily in new[] { "log call", "new reg", "path result", "prescription request", "my entries", "undo", "edit", "checklist" })
            Assert.Contains(daily, upFront);
        foreach (var folded in new[] { "retention", "guests can tick", "not needed", "dispensary stock", "screening message" })
            Assert.DoesNotContain(folded, upFront);
        var folds = card["actions"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "Action.ShowCard").Select(a => Texts(a!["card"]!)).ToList();
        Assert.Equal(2, folds.Count);
        foreach (var command in CutoverFeatures.Commands) Assert.Contains(command.Description, folds[1]);
        foreach (var kind in EntryCategoryInfo.All) Assert.Contains(kind.Label, folds[0]);
        // Two lines per kind or command shown; the old card showed all 13 kinds and 19 commands, 64 lines.
        Assert.True(TextBlocks(card["body"]!) <= 20, $"{TextBlocks(card["body"]!)} text blocks up front");
    }

    [Fact]
    public void EntryCard_FourThousandCharacterNote_ShowsItCutWithAButtonThatRevealsItAll()
    {
        var entry = _bot.Log(Personal(Sam), "note " + LongNote);

        var json = _bot.Renderer.Render(EntryCards.Saved(entry, "Saved"));
        var card = JsonNode.Parse(json)!;

        var details = card["body"]![2]!["facts"]!.AsArray().Single(f => f!["title"]!.GetValue<string>() == "Details")!["value"]!.GetValue<string>();
        Assert.True(details.Length <= EntryCards.ShortDetailsLength + 1, $"{details.Length} characters shown");
        Assert.EndsWith("…", details);
        var full = Find(card, "detailsFull")!;
        Assert.False(full["isVisible"]!.GetValue<bool>());
        Assert.Equal(entry.Patient.Text, full["text"]!.GetValue<string>());
        Assert.Contains("\"targetElements\":[\"detailsFull\"]", json.Replace(" ", ""));
        Assert.True(CardRenderer.Utf8Size(json) < CardRenderer.MaxCardBytes);
    }

    [Fact]
    public void EntryCard_ShortNote_HasNoShowAllButton()
    {
        var entry = _bot.Log(Personal(Sam), "note fridge log kept on paper");

        var json = _bot.Renderer.Render(EntryCards.Saved(entry, "Saved"));

        Assert.DoesNotContain("ToggleVisibility", json);
        Assert.Contains("fridge log kept on paper", json);
    }

    [Fact]
    public void EntryComplete_FormOfALongNote_SavesInsteadOfRefusingItAsTooLong()
    {
        var entry = _bot.Log(Personal(Sam), "note " + LongNote);

        var result = _bot.Click(Personal(Sam), "entry.complete", new { entryId = entry.Id.ToString(), details = LongNote + " done" });

        Assert.Equal(200, result.StatusCode);
        Assert.EndsWith(" done", _bot.Entries.Find(entry.Id)!.Patient.Text);
    }

    private static string Texts(JsonNode node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => p.Value is null ? "" : Texts(p.Value))),
        JsonArray a => string.Join("\n", a.Select(i => i is null ? "" : Texts(i))),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => "",
    };

    private static int TextBlocks(JsonNode node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>() == "TextBlock" ? 1 : 0) + o.Select(p => p.Value is null ? 0 : TextBlocks(p.Value)).Sum(),
        JsonArray a => a.Sum(i => i is null ? 0 : TextBlocks(i)),
        _ => 0,
    };

    private static JsonNode? Find(JsonNode node, string id) => node switch
    {
        JsonObject o when o["id"]?.GetValue<string>() == id => o,
        JsonObject o => o.Select(p => p.Value is null ? null : Find(p.Value, id)).FirstOrDefault(n => n is not null),
        JsonArray a => a.Select(i => i is null ? null : Find(i, id)).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
