namespace CutoverBot.Core.Parsing;

/// <summary>What the words just before a date say it is.</summary>
internal enum DateMarker
{
    None,
    /// <summary>"dob", "d.o.b", "born", "date of birth".</summary>
    DateOfBirth,
    /// <summary>"on", "dated", "received", "seen", "taken".</summary>
    Occurrence,
}
