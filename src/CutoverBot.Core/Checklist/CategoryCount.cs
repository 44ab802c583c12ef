using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Checklist;

/// <summary>How many entries of one category: the only view of entries a channel card may carry.</summary>
public sealed record CategoryCount(EntryCategory Category, int Count)
{
    public string Label => EntryCategoryInfo.For(Category).Label;
}
