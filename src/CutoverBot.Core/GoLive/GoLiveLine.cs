namespace CutoverBot.Core.GoLive;

/// <summary>One line of text on a go-live card (references and counts only).</summary>
public sealed record GoLiveLine(string Text);
