using System.Text.Json;
using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>
/// Turns template JSON into an immutable tree of <see cref="TemplateNode"/>s once, so every expression is parsed
/// (and every unknown function or malformed binding found) when the template loads rather than when a card is sent.
/// </summary>
internal static class TemplateCompiler
{
    public static TemplateNode Compile(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => CompileObject(element),
        JsonValueKind.Array => new ArrayNode([.. element.EnumerateArray().Select(Compile)]),
        JsonValueKind.String => CompileString(element.GetString()!),
        _ => new LiteralNode(JsonSerializer.SerializeToNode(element)),
    };

    private static ObjectNode CompileObject(JsonElement element)
    {
        var properties = new List<KeyValuePair<string, TemplateNode>>();
        TemplateNode? data = null;
        TemplateExpression? when = null;
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "$data":
                    data = Compile(property.Value);
                    break;
                case "$when":
                    when = CompileWhen(property.Value);
                    break;
                case var name when name.Contains("${", StringComparison.Ordinal):
                    throw new TemplateSyntaxException($"the property name '{name}' holds a binding; only values can be bound.");
                case var name when name.StartsWith('$') && name != "$schema":
                    throw new TemplateSyntaxException($"'{name}' is not supported; the card binder knows $data and $when.");
                default:
                    properties.Add(new(property.Name, Compile(property.Value)));
                    break;
            }
        }

        return new ObjectNode(properties, data, when);
    }

    private static TemplateExpression CompileWhen(JsonElement value)
    {
        var node = value.ValueKind == JsonValueKind.String ? CompileString(value.GetString()!) : null;
        return node is ValueNode { Expression: var expression }
            ? expression
            : throw new TemplateSyntaxException("$when must be a single \"${...}\" expression.");
    }

    /// <summary>Splits text into literal parts and <c>${...}</c> expressions; a lone expression keeps its value's type.</summary>
    public static TemplateNode CompileString(string text)
    {
        var parts = new List<object>();
        var literalStart = 0;
        var start = text.IndexOf("${", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = FindClosingBrace(text, start + 2);
            if (start > literalStart)
            {
                parts.Add(text[literalStart..start]);
            }

            parts.Add(ExpressionParser.Parse(text[(start + 2)..end]));
            literalStart = end + 1;
            start = text.IndexOf("${", literalStart, StringComparison.Ordinal);
        }

        if (parts.Count == 0)
        {
            return new LiteralNode(JsonValue.Create(text));
        }

        if (literalStart < text.Length)
        {
            parts.Add(text[literalStart..]);
        }

        return parts is [TemplateExpression single] ? new ValueNode(single) : new InterpolatedNode(parts);
    }

    // Quotes may hold braces (${status == '}'}), so skip over them while looking for the end.
    private static int FindClosingBrace(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '}')
            {
                return i;
            }
        }

        throw new TemplateSyntaxException($"a '${{' has no closing '}}' in \"{text}\".");
    }
}
