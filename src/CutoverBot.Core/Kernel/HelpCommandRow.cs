namespace CutoverBot.Core.Kernel;

/// <summary>A command as the help card lists it.</summary>
public sealed record HelpCommandRow(string Command, string Description);
