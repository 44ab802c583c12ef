namespace CutoverBot.Bench;

/// <summary>Everything measured against one bot process: start-up, each scenario, and peak memory at the end.</summary>
internal sealed record BotRun(string Bot, int StoredEntries, int EntriesInPractice, TimeSpan StartToReady, IReadOnlyList<LoadResult> Results, long PeakBytes)
{
    public LoadResult this[string scenario] => Results.First(r => r.Scenario == scenario);
}
