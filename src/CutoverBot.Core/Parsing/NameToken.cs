namespace CutoverBot.Core.Parsing;

/// <summary>What a word of a message is to the name reader.</summary>
internal enum NameTokenKind
{
    /// <summary>Could be part of a name.</summary>
    Word,
    Title,
    Clinician,
    Marker,
    Away,
    Aside,
    Relative,
    Place,
    /// <summary>A word that is never part of a name.</summary>
    Stop,
    /// <summary>A date, a "yesterday", an NHS number or another long number.</summary>
    Evidence,
    /// <summary>Only punctuation: "-", "/".</summary>
    Punctuation,
    /// <summary>Anything else: "x2", "A&amp;E", "Patel's".</summary>
    Other,
}

/// <summary>How a word is written.</summary>
internal enum WordCase
{
    Lower,
    /// <summary>A capital first ("Evans", "O'Brien"), or in capitals and longer than three letters ("EVANS").</summary>
    Capitalised,
    /// <summary>One capital letter: "T Okonkwo".</summary>
    Initial,
    /// <summary>Two or three capitals: test names (FBC, UTI, INR) far more often than names.</summary>
    Acronym,
    /// <summary>"van", "de": lower case, yet inside a capitalised name.</summary>
    Particle,
}

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
