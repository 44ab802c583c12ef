namespace CutoverBot.Core.Parsing;

/// <summary>The patient name read from a message and where it ended in the text after the trigger.</summary>
internal sealed record PatientName(string Name, int End);
