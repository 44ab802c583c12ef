using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.GoLive;

/// <summary>Go-live's answer to the checklist: pending entries by kind, read from the outlines (no patient details opened).</summary>
public sealed class ReentryCounts(IEntryStore entries) : IReentryCounts
{
    public IReadOnlyDictionary<EntryCategory, int> StillToReenter(string practiceId) =>
        entries.OutlinesForPractice(practiceId, EntryStatus.Pending).GroupBy(e => e.Category).ToDictionary(g => g.Key, g => g.Count());
}
