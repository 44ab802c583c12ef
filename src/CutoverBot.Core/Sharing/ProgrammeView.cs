namespace CutoverBot.Core.Sharing;

/// <summary>The "Cutover programme" tab of a team: every practice sharing with it, and a total row.</summary>
public sealed record ProgrammeView(string TeamName, IReadOnlyList<ProgrammeRow> Practices, ProgrammeRow Total);
