using System.Text.Json;
using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>An object, with the templating language's element-level $data (scope or repeat) and $when (keep or drop).</summary>
internal sealed class ObjectNode(
    IReadOnlyList<KeyValuePair<string, TemplateNode>> properties,
    TemplateNode? data,
    TemplateExpression? when) : TemplateNode
{
    public override IReadOnlyList<JsonNode?> Expand(BindingScope scope, BindingRun run)
    {
        var results = new List<JsonNode?>();
        foreach (var itemScope in Scopes(scope, run))
        {
            if (when is null || Keep(itemScope))
            {
                results.Add(Build(itemScope, run));
            }
        }

        return results;
    }

    private IEnumerable<BindingScope> Scopes(BindingScope scope, BindingRun run)
    {
        if (data is null)
        {
            return [scope];
        }

        var value = data.ExpandOne(scope, run, out _);
        return value is JsonArray items
            ? items.Select((item, index) => scope.WithItem(item, index))
            : [scope.WithData(value)];
    }

    private bool Keep(BindingScope scope)
    {
        var value = when!.Evaluate(scope);
        return ExpressionValues.Kind(value) switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            var kind => throw new TemplateSyntaxException(
                $"$when '${{{when.Text}}}' gives a {ExpressionValues.Describe(kind)}, not true or false; use exists(x), !empty(x) or a comparison."),
        };
    }

    private JsonObject Build(BindingScope scope, BindingRun run)
    {
        var result = new JsonObject();
        foreach (var (key, node) in properties)
        {
            var value = node.ExpandOne(scope, run, out var dropped);
            if (!dropped)
            {
                result[key] = value;
            }
        }

        return result;
    }
}
