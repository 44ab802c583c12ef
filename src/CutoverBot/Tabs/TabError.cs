namespace CutoverBot.Tabs;

/// <summary>The body of every 4xx the tabs' API answers: one sentence a person can act on.</summary>
internal sealed record TabError(string Error);
