namespace CutoverBot.Core.Parsing;

/// <summary>
/// One whitespace-separated word of the message, [Start, End) in the text. <see cref="Bare"/> is it without the
/// punctuation around it; <see cref="Opens"/> is true when it starts with a bracket and <see cref="Closes"/> when it
/// ends with punctuation that ends a name (a comma, a full stop, a bracket); <see cref="Comma"/> when that is a comma.
/// </summary>
internal readonly record struct NameToken(int Start, int End, string Bare, NameTokenKind Kind, WordCase Case, bool Opens, bool Closes, bool Comma)
{
    public bool IsAllCapitals => Bare.Any(char.IsLetter) && !Bare.Any(char.IsLower);

    public bool IsNameCase => Case is WordCase.Capitalised or WordCase.Initial or WordCase.Particle;
}
