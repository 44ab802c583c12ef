using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>
/// A data path such as <c>patient.name</c>, <c>items[0].title</c>, <c>$root.practice</c> or <c>$index</c>.
/// A missing property or index is a template error; a null along the way gives null, as the templating language's
/// "graceful null handling" does.
/// </summary>
internal sealed class PathExpression(string text, string head, IReadOnlyList<object> segments) : TemplateExpression(text)
{
    public override JsonNode? Evaluate(BindingScope scope) =>
        TryResolve(scope, out var value)
            ? value
            : throw new TemplateSyntaxException($"the path '{Describe()}' (in '${{{Text}}}') is not in the card data.");

    public bool TryResolve(BindingScope scope, out JsonNode? value)
    {
        value = null;
        JsonNode? current;
        switch (head)
        {
            case "$root":
                current = scope.Root;
                break;
            case "$data":
                current = scope.Data;
                break;
            case "$index":
                if (scope.Index is not { } index)
                {
                    return false;
                }

                current = JsonValue.Create((double)index);
                break;
            default:
                if (scope.Data is not JsonObject data || !data.TryGetPropertyValue(head, out current))
                {
                    return scope.Data is null;
                }

                break;
        }

        foreach (var segment in segments)
        {
            if (current is null)
            {
                return true;
            }

            if (!TryStep(current, segment, out current))
            {
                return false;
            }
        }

        value = current;
        return true;
    }

    private string Describe() =>
        head + string.Concat(segments.Select(s => s is int i ? $"[{i}]" : $".{s}"));

    private static bool TryStep(JsonNode node, object segment, out JsonNode? next)
    {
        next = null;
        switch (node, segment)
        {
            case (JsonObject obj, string name):
                return obj.TryGetPropertyValue(name, out next);
            case (JsonArray array, int index) when index < array.Count:
                next = array[index];
                return true;
            default:
                return false;
        }
    }
}
