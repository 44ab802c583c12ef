namespace CutoverBot.Core.Parsing;

/// <summary>What the words just before a date say it is.</summary>
internal enum DateMarker
{
    None,
    /// <summary>"dob", "d.o.b", "born", "date of birth".</summary>
    DateOfBirth,
    /// <summary>"on", "received", "seen", "taken".</summary>
    Occurrence,
    /// <summary>"dated", "date": the date a document bears, taken for when it happened only when nothing else says.</summary>
    Dated,
}
