namespace CutoverBot.Bench;

/// <summary>Everything measured against one bot process: start-up, each scenario, and peak memory at the end.</summary>
internal sealed record BotRun(string Bot, int StoredEntries, int EntriesInPractice, TimeSpan StartToReady, IReadOnlyList<LoadResult> Results, long PeakBytes)
{
    /// <summary>The scenario's result; run with --only, the others throw.</summary>
    public LoadResult this[string scenario] => Results.FirstOrDefault(r => r.Scenario == scenario)
        ?? throw new InvalidOperationException($"{scenario} was not run");

    public bool Has(string scenario) => Results.Any(r => r.Scenario == scenario);
}
