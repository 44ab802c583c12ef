namespace CutoverBot.Core.Cards.Templating;

internal enum TokenKind
{
    Identifier,
    Number,
    String,
    Symbol,
    End,
}

/// <summary>One lexical token of an expression; <see cref="Value"/> is the unquoted text for strings.</summary>
internal readonly record struct ExpressionToken(TokenKind Kind, string Value)
{
    public bool Is(string symbol) => Kind == TokenKind.Symbol && Value == symbol;
}
