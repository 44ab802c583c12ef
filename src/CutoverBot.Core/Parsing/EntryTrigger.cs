
namespace CutoverBot.Core.Parsing;

/// <summary>The phrases that start a quick entry of one category, e.g. "log call" and "phone call" for a call.</summary>
public sealed record EntryTrigger(EntryCategory Category, IReadOnlyList<string> Phrases);
