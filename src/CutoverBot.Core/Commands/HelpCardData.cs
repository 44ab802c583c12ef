using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Commands;

/// <summary>
/// Data for cards/help.json: the kinds and commands used every day up front, and every kind and every command behind
/// a button each, so the card stays short and nothing becomes hard to find.
/// </summary>
public sealed record HelpCardData(
    string Intro,
    IReadOnlyList<HelpKindRow> DailyKinds,
    IReadOnlyList<HelpCommandRow> DailyCommands,
    IReadOnlyList<HelpKindRow> Kinds,
    IReadOnlyList<HelpCommandRow> Commands,
    string PrivacyNote);
