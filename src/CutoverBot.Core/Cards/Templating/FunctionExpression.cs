using System.Text.Json;
using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>The few functions the templates need: exists, count/length, empty and not.</summary>
internal sealed class FunctionExpression : TemplateExpression
{
    private static readonly HashSet<string> Known = ["exists", "count", "length", "empty", "not"];

    private readonly string name;
    private readonly TemplateExpression argument;

    public FunctionExpression(string text, string name, IReadOnlyList<TemplateExpression> arguments) : base(text)
    {
        if (!Known.Contains(name))
        {
            throw new TemplateSyntaxException($"'{text}' calls '{name}', which the card binder does not support (it knows {string.Join(", ", Known)}).");
        }

        if (arguments.Count != 1)
        {
            throw new TemplateSyntaxException($"'{text}': {name} takes exactly one argument.");
        }

        this.name = name;
        argument = arguments[0];
    }

    public override JsonNode? Evaluate(BindingScope scope) => name switch
    {
        "exists" => JsonValue.Create(Exists(scope)),
        "not" => JsonValue.Create(!ExpressionValues.IsTrue(argument.Evaluate(scope))),
        "empty" => JsonValue.Create(IsEmpty(argument.Evaluate(scope))),
        _ => JsonValue.Create((double)Count(argument.Evaluate(scope))),
    };

    // exists() is the one place a missing path is not an error: it is how a template asks the question.
    private bool Exists(BindingScope scope) =>
        argument is PathExpression path
            ? path.TryResolve(scope, out var value) && value is not null
            : argument.Evaluate(scope) is not null;

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Length == 0,
        _ => false,
    };

    private int Count(JsonNode? value) => value switch
    {
        JsonArray array => array.Count,
        _ when ExpressionValues.Kind(value) == JsonValueKind.String => value!.GetValue<string>().Length,
        _ => throw new TemplateSyntaxException($"'{Text}': {name} needs a list or text, and got a {ExpressionValues.Describe(ExpressionValues.Kind(value))}."),
    };
}
