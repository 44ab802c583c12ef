using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>A compiled <c>${...}</c> expression. Evaluation returns data nodes as they are: clone before inserting them.</summary>
internal abstract class TemplateExpression(string text)
{
    /// <summary>The expression's template text, safe for error messages (it holds no data).</summary>
    public string Text { get; } = text;

    public abstract JsonNode? Evaluate(BindingScope scope);
}

internal sealed class LiteralExpression(string text, JsonNode? value) : TemplateExpression(text)
{
    public override JsonNode? Evaluate(BindingScope scope) => value;
}

internal sealed class NotExpression(string text, TemplateExpression operand) : TemplateExpression(text)
{
    public override JsonNode? Evaluate(BindingScope scope) => JsonValue.Create(!ExpressionValues.IsTrue(operand.Evaluate(scope)));
}

internal sealed class BinaryExpression(string text, string op, TemplateExpression left, TemplateExpression right)
    : TemplateExpression(text)
{
    public override JsonNode? Evaluate(BindingScope scope)
    {
        // && and || short-circuit, so a guard like exists(x) && x.y > 0 never touches x.y when x is null.
        switch (op)
        {
            case "&&":
                return JsonValue.Create(ExpressionValues.IsTrue(left.Evaluate(scope)) && ExpressionValues.IsTrue(right.Evaluate(scope)));
            case "||":
                return JsonValue.Create(ExpressionValues.IsTrue(left.Evaluate(scope)) || ExpressionValues.IsTrue(right.Evaluate(scope)));
        }

        var (l, r) = (left.Evaluate(scope), right.Evaluate(scope));
        return JsonValue.Create(op switch
        {
            "==" => ExpressionValues.AreEqual(l, r),
            "!=" => !ExpressionValues.AreEqual(l, r),
            "<" => ExpressionValues.Compare(l, r, Text) < 0,
            "<=" => ExpressionValues.Compare(l, r, Text) <= 0,
            ">" => ExpressionValues.Compare(l, r, Text) > 0,
            ">=" => ExpressionValues.Compare(l, r, Text) >= 0,
            _ => throw new TemplateSyntaxException($"'{Text}' uses the unknown operator '{op}'."),
        });
    }
}
