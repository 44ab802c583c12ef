using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Extensions;

/// <summary>Reads the message extension's answers as Teams would: the task module's card, its inputs, what Save sends back.</summary>
public static class ExtensionCards
{
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> InvokeAsync(BotFixture bot, JsonObject activity)
    {
        var response = await bot.SendAsync(activity);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>The card a task/continue answer shows; fails when the answer is not one.</summary>
    public static JsonObject Card(JsonNode? body)
    {
        Assert.Equal("continue", body?["task"]?["type"]?.GetValue<string>());
        return body!["task"]!["value"]!["card"]!["content"]!.AsObject();
    }

    /// <summary>The text of a task/message answer (the task module closes with it).</summary>
    public static string Message(JsonNode? body)
    {
        Assert.Equal("message", body?["task"]?["type"]?.GetValue<string>());
        return body!["task"]!["value"]!.GetValue<string>();
    }

    /// <summary>The card as text, with apostrophes and accents as a reader sees them.</summary>
    public static string Json(JsonNode card) =>
        card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Every input's id and value on the card.</summary>
    public static Dictionary<string, string> Inputs(JsonObject card)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(card, node =>
        {
            if (node["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal) && node["id"] is { } id)
                found[id.GetValue<string>()] = node["value"]?.GetValue<string>() ?? "";
        });
        return found;
    }

    /// <summary>What Teams sends for a press of the card's first Action.Submit: its data with every input that holds a value.</summary>
    public static JsonObject SubmitData(JsonObject card, Action<JsonObject>? change = null)
    {
        var data = card["actions"]!.AsArray().First(a => a!["type"]!.GetValue<string>() == "Action.Submit")!["data"]!.DeepClone().AsObject();
        foreach (var (id, value) in Inputs(card))
            if (value.Length > 0) data[id] = value;
        change?.Invoke(data);
        return data;
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
