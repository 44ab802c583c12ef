namespace CutoverBot.Core.Kernel;

/// <summary>A typed command: the leading words that select it, how to type it, and what it does.</summary>
public sealed record CommandInfo(string Name, string Usage, string Description);
