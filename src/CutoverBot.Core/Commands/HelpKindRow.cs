namespace CutoverBot.Core.Commands;

/// <summary>A kind of quick entry and an example of typing one.</summary>
public sealed record HelpKindRow(string Kind, string Example);
