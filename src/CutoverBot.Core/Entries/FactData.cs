namespace CutoverBot.Core.Entries;

/// <summary>One labelled value in a card's fact list.</summary>
public sealed record FactData(string Title, string Value);
