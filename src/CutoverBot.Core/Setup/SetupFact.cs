namespace CutoverBot.Core.Setup;

/// <summary>One line of the setup confirmation: what was set ("Go-live") and to what ("Thursday 19 March 2026").</summary>
public sealed record SetupFact(string Title, string Value);
