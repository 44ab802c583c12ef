using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>Value semantics shared by operators and functions, following Adaptive Expressions where it matters.</summary>
internal static class ExpressionValues
{
    public static JsonValueKind Kind(JsonNode? value) => value?.GetValueKind() ?? JsonValueKind.Null;

    // Adaptive Expressions' rule: a boolean is itself, null is false, anything else (0, "", []) is true.
    public static bool IsTrue(JsonNode? value) => Kind(value) switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined => false,
        _ => true,
    };

    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        var (lk, rk) = (Kind(left), Kind(right));
        if (lk == JsonValueKind.Number && rk == JsonValueKind.Number)
        {
            return AsNumber(left!) == AsNumber(right!);
        }

        return JsonNode.DeepEquals(left, right);
    }

    /// <summary>Orders two numbers or two strings (ordinal); anything else is a template error.</summary>
    public static int Compare(JsonNode? left, JsonNode? right, string expression)
    {
        var (lk, rk) = (Kind(left), Kind(right));
        if (lk == JsonValueKind.Number && rk == JsonValueKind.Number)
        {
            return AsNumber(left!).CompareTo(AsNumber(right!));
        }

        if (lk == JsonValueKind.String && rk == JsonValueKind.String)
        {
            return string.CompareOrdinal(left!.GetValue<string>(), right!.GetValue<string>());
        }

        throw new TemplateSyntaxException($"'{expression}' compares a {Describe(lk)} with a {Describe(rk)}; only two numbers or two strings can be ordered.");
    }

    /// <summary>The text a value contributes to an interpolated string.</summary>
    public static string ToText(JsonNode? value, string expression) => Kind(value) switch
    {
        JsonValueKind.String => value!.GetValue<string>(),
        JsonValueKind.Number => AsNumber(value!).ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        var kind => throw new TemplateSyntaxException($"'${{{expression}}}' is inside text but gives an {Describe(kind)}; bind it as the whole value or pick a field."),
    };

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    // Nodes from the serialiser may hold an int, a long or a decimal: read the number whatever its CLR type.
    private static double AsNumber(JsonNode node) =>
        node.AsValue().TryGetValue(out double number)
            ? number
            : double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
