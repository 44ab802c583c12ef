using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>
/// A compiled piece of a template. Expanding gives zero nodes (dropped by $when or an empty $data list),
/// one, or several (an element repeated over a $data list, spliced into the parent array).
/// </summary>
internal abstract class TemplateNode
{
    public abstract IReadOnlyList<JsonNode?> Expand(BindingScope scope, BindingRun run);

    /// <summary>Expands to exactly one value, as a property or $data needs; several become an array.</summary>
    public JsonNode? ExpandOne(BindingScope scope, BindingRun run, out bool dropped)
    {
        var results = Expand(scope, run);
        dropped = results.Count == 0;
        return results.Count switch
        {
            0 => null,
            1 => results[0],
            _ => new JsonArray([.. results]),
        };
    }
}

/// <summary>Static JSON with no binding in it; cloned on every use because a node has one parent.</summary>
internal sealed class LiteralNode(JsonNode? value) : TemplateNode
{
    public override IReadOnlyList<JsonNode?> Expand(BindingScope scope, BindingRun run) => [value?.DeepClone()];
}

/// <summary>A string that is exactly one <c>${expr}</c>: the result keeps its JSON type.</summary>
internal sealed class ValueNode(TemplateExpression expression) : TemplateNode
{
    public TemplateExpression Expression { get; } = expression;

    public override IReadOnlyList<JsonNode?> Expand(BindingScope scope, BindingRun run) =>
        [run.FromData(Expression.Evaluate(scope)?.DeepClone())];
}

/// <summary>Text with bindings inside it; each part is literal text or an expression.</summary>
internal sealed class InterpolatedNode(IReadOnlyList<object> parts) : TemplateNode
{
    public override IReadOnlyList<JsonNode?> Expand(BindingScope scope, BindingRun run)
    {
        var text = string.Concat(parts.Select(part => part switch
        {
            TemplateExpression expression => ExpressionValues.ToText(expression.Evaluate(scope), expression.Text),
            _ => (string)part,
        }));
        return [run.FromData(JsonValue.Create(text))];
    }
}

internal sealed class ArrayNode(IReadOnlyList<TemplateNode> items) : TemplateNode
{
    public override IReadOnlyList<JsonNode?> Expand(BindingScope scope, BindingRun run) =>
        [new JsonArray([.. items.SelectMany(item => item.Expand(scope, run))])];
}
