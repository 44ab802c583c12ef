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
