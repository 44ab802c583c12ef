namespace CutoverBot.Core.Commands;

/// <summary>Data for cards/help.json.</summary>
public sealed record HelpCardData(string Intro, IReadOnlyList<HelpKindRow> Kinds, IReadOnlyList<HelpCommandRow> Commands, string PrivacyNote);
