using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Commands;

/// <summary>
/// What the help card lists: every typed command in the order staff meet them, the few used every day, and the rows
/// of surfaces that are not typed (the message extension). The composition root (CutoverFeatures) fills it in.
/// </summary>
public sealed record HelpCatalog(IReadOnlyList<CommandInfo> Commands, IReadOnlyList<CommandInfo> Daily, IReadOnlyList<HelpCommandRow> OtherRows);
