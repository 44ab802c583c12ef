using System.Text;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>Splits the inside of a <c>${...}</c> into tokens.</summary>
internal static class ExpressionLexer
{
    private static readonly string[] Symbols = ["==", "!=", "<=", ">=", "&&", "||", "!", "<", ">", "(", ")", "[", "]", ".", ","];

    public static List<ExpressionToken> Tokenize(string text)
    {
        var tokens = new List<ExpressionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c) || c is '_' or '$')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$'))
                {
                    i++;
                }

                tokens.Add(new(TokenKind.Identifier, text[start..i]));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new(TokenKind.Number, text[start..i]));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new(TokenKind.String, ReadString(text, ref i)));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new TemplateSyntaxException($"'{text}' has an unexpected '{c}'.");
                tokens.Add(new(TokenKind.Symbol, symbol));
                i += symbol.Length;
            }
        }

        tokens.Add(new(TokenKind.End, string.Empty));
        return tokens;
    }

    private static string ReadString(string text, ref int i)
    {
        var quote = text[i++];
        var value = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            value.Append(text[i++]);
        }

        if (i >= text.Length)
        {
            throw new TemplateSyntaxException($"'{text}' has a string with no closing quote.");
        }

        i++;
        return value.ToString();
    }
}
