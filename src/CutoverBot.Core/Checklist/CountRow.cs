namespace CutoverBot.Core.Checklist;

/// <summary>A label and a count ("Phone call", "4"): entries by category, with no patient detail.</summary>
public sealed record CountRow(string Label, string Count);
