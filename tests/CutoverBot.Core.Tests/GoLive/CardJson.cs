using System.Text.Json.Nodes;

namespace CutoverBot.Core.Tests.GoLive;

/// <summary>Reads a rendered card the way a test needs: its texts, its actions, its root properties.</summary>
internal static class CardJson
{
    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>Every TextBlock text and FactSet title/value anywhere in the card (show cards included).</summary>
    public static List<string> Texts(JsonNode? node)
    {
        var texts = new List<string>();
        Walk(node, o =>
        {
            var type = (string?)o["type"];
            if (type == "TextBlock") texts.Add((string)o["text"]!);
            if (o["title"] is JsonValue t && o["value"] is JsonValue v && type is null) texts.Add($"{t}: {v}");
        });
        return texts;
    }

    /// <summary>Every Action.Execute: its verb and data.</summary>
    public static List<(string Verb, JsonObject Data, string Title)> Actions(JsonNode? node)
    {
        var actions = new List<(string, JsonObject, string)>();
        Walk(node, o =>
        {
            if ((string?)o["type"] == "Action.Execute")
                actions.Add(((string)o["verb"]!, o["data"]?.AsObject() ?? [], (string?)o["title"] ?? ""));
        });
        return actions;
    }

    private static void Walk(JsonNode? node, Action<JsonObject> visit)
    {
        switch (node)
        {
            case JsonObject o:
                visit(o);
                foreach (var (_, child) in o) Walk(child, visit);
                break;
            case JsonArray a:
                foreach (var child in a) Walk(child, visit);
                break;
        }
    }
}
