namespace CutoverBot.Core.Checklist;

/// <summary>A label and a count, e.g. "Phone call" and "3 of 10 done".</summary>
public sealed record GoLiveFact(string Title, string Value);
