using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>
/// One binding pass. It remembers which output nodes carry data, so the final "no ${ left" check can tell a
/// leftover binding (a bug: fail) from a user who typed "${" into a message (their text: keep it as it is).
/// </summary>
internal sealed class BindingRun
{
    private readonly HashSet<JsonNode> fromData = new(ReferenceEqualityComparer.Instance);

    public JsonNode? FromData(JsonNode? node)
    {
        if (node is not null)
        {
            fromData.Add(node);
        }

        return node;
    }

    /// <summary>Returns the first template-made string or property name that still holds "${", if any.</summary>
    public string? FindLeftover(JsonNode? node)
    {
        if (node is null || fromData.Contains(node))
        {
            return null;
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key.Contains("${", StringComparison.Ordinal))
                    {
                        return key;
                    }

                    if (FindLeftover(value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray array:
                return array.Select(FindLeftover).FirstOrDefault(found => found is not null);
            default:
                var text = node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;
                return text is not null && text.Contains("${", StringComparison.Ordinal) ? text : null;
        }
    }
}
