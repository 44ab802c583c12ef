namespace CutoverBot.Core.Parsing;

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
