using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.GoLive;

/// <summary>Progress of one kind of entry.</summary>
public sealed record CategoryProgress(EntryCategory Category, ProgressCounts Counts)
{
    public string Label => EntryCategoryInfo.For(Category).Label;
}
