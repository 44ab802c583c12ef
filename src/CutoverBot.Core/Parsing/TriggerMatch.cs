
namespace CutoverBot.Core.Parsing;

/// <summary>A trigger found at the start of a message; <see cref="End"/> is the index just after its last word.</summary>
internal readonly record struct TriggerMatch(EntryCategory Category, int End, int WordCount);
