namespace CutoverBot.Core.Checklist;

/// <summary>A line of text in a card list (a standing reminder).</summary>
public sealed record TextRow(string Text);
