namespace CutoverBot.Core.Setup;

/// <summary>One choice in a setup card list: a channel or a member of staff (id and display name).</summary>
public sealed record SetupChoice(string Id, string Name);
