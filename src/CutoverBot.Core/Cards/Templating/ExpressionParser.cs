using System.Globalization;
using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>
/// Recursive-descent parser for the expression subset: paths, literals, ! == != &lt; &gt; &lt;= &gt;= &amp;&amp; ||,
/// parentheses and the functions <see cref="FunctionExpression"/> knows. Anything else is a template error.
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly string[] Comparisons = ["<", "<=", ">", ">="];

    private readonly string text;
    private readonly List<ExpressionToken> tokens;
    private int position;

    private ExpressionParser(string text)
    {
        this.text = text;
        tokens = ExpressionLexer.Tokenize(text);
    }

    private ExpressionToken Current => tokens[position];

    public static TemplateExpression Parse(string text)
    {
        var parser = new ExpressionParser(text);
        if (parser.Current.Kind == TokenKind.End)
        {
            throw new TemplateSyntaxException("'${}' is empty.");
        }

        var expression = parser.ParseOr();
        return parser.Current.Kind == TokenKind.End
            ? expression
            : throw parser.Unexpected();
    }

    private TemplateExpression ParseOr() => ParseBinary(ParseAnd, "||");

    private TemplateExpression ParseAnd() => ParseBinary(ParseEquality, "&&");

    private TemplateExpression ParseEquality() => ParseBinary(ParseComparison, "==", "!=");

    private TemplateExpression ParseComparison() => ParseBinary(ParseUnary, Comparisons);

    private TemplateExpression ParseBinary(Func<TemplateExpression> operand, params string[] operators)
    {
        var left = operand();
        while (Current.Kind == TokenKind.Symbol && operators.Contains(Current.Value))
        {
            var op = tokens[position++].Value;
            left = new BinaryExpression(text, op, left, operand());
        }

        return left;
    }

    private TemplateExpression ParseUnary()
    {
        if (Current.Is("!"))
        {
            position++;
            return new NotExpression(text, ParseUnary());
        }

        return ParsePrimary();
    }

    private TemplateExpression ParsePrimary()
    {
        var token = tokens[position++];
        switch (token.Kind)
        {
            case TokenKind.Number when double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return new LiteralExpression(text, JsonValue.Create(number));
            case TokenKind.String:
                return new LiteralExpression(text, JsonValue.Create(token.Value));
            case TokenKind.Symbol when token.Value == "(":
                var inner = ParseOr();
                Expect(")");
                return inner;
            case TokenKind.Identifier when token.Value is "true" or "false":
                return new LiteralExpression(text, JsonValue.Create(token.Value == "true"));
            case TokenKind.Identifier when token.Value == "null":
                return new LiteralExpression(text, null);
            case TokenKind.Identifier when Current.Is("("):
                return ParseCall(token.Value);
            case TokenKind.Identifier:
                return ParsePath(token.Value);
            default:
                position--;
                throw Unexpected();
        }
    }

    private TemplateExpression ParseCall(string name)
    {
        Expect("(");
        var arguments = new List<TemplateExpression>();
        if (!Current.Is(")"))
        {
            do
            {
                arguments.Add(ParseOr());
            }
            while (Accept(","));
        }

        Expect(")");
        return new FunctionExpression(text, name, arguments);
    }

    private PathExpression ParsePath(string head)
    {
        if (head.StartsWith('$') && head is not ("$root" or "$data" or "$index"))
        {
            throw new TemplateSyntaxException($"'{text}' uses '{head}'; the card binder supports $root, $data and $index.");
        }

        var segments = new List<object>();
        while (true)
        {
            if (Accept("."))
            {
                var name = tokens[position++];
                segments.Add(name.Kind == TokenKind.Identifier ? name.Value : throw Unexpected(-1));
            }
            else if (Accept("["))
            {
                var key = tokens[position++];
                segments.Add(key.Kind switch
                {
                    TokenKind.Number when int.TryParse(key.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) => index,
                    TokenKind.String => key.Value,
                    _ => throw Unexpected(-1),
                });
                Expect("]");
            }
            else
            {
                return new PathExpression(text, head, segments);
            }
        }
    }

    private bool Accept(string symbol)
    {
        if (!Current.Is(symbol))
        {
            return false;
        }

        position++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw Unexpected();
        }
    }

    private TemplateSyntaxException Unexpected(int offset = 0)
    {
        var token = tokens[position + offset];
        return new TemplateSyntaxException(token.Kind == TokenKind.End
            ? $"'{text}' ends too soon."
            : $"'{text}' cannot be read at '{token.Value}'.");
    }
}
