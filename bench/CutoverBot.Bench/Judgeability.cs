namespace CutoverBot.Bench;

/// <summary>
/// When a run's figures can decide a target. A quick run measures too little, too cold, or too few practices for some
/// of them, and a "fail" it printed there said nothing about the bot.
/// </summary>
internal static class Judgeability
{
    /// <summary>Below this warm-up the JIT has not settled: the echo bot measured 1.5-2.0 ms CPU a turn after 200 instead of 1.2 (BENCHMARKS.md, Warm-up).</summary>
    public const int MinWarmup = 1_000;

    /// <summary>A p99 of fewer round trips rests on one or two of them.</summary>
    public const int MinP99Samples = 50;

    /// <summary>The fan-out's minimum time must dwarf the bot's start-up (about a second), which the ratio counts against it.</summary>
    public static readonly TimeSpan MinFanOutMinimum = TimeSpan.FromSeconds(20);

    public const int MemoryScale = 100_000;

    public static string? Cold(BenchOptions options) =>
        options.Warmup >= MinWarmup ? null : $"warm-up {options.Warmup:N0} < {MinWarmup:N0}, so the JIT has not settled";

    /// <summary>The process's CPU clock moves in steps of about 10 ms: over fewer requests a CPU per request is mostly that step.</summary>
    public const int MinCpuSamples = 50;

    public static string? FewForCpu(LoadResult result) =>
        result.Requests >= MinCpuSamples ? null : $"{result.Requests} requests, CPU per request needs {MinCpuSamples}";

    public static string? FewSamples(LoadResult result) =>
        result.Requests >= MinP99Samples ? null : $"{result.Requests} round trips, a p99 needs {MinP99Samples}";

    public static string? FewPractices(FanOutResult fanOut) =>
        fanOut.Minimum >= MinFanOutMinimum ? null
            : $"{fanOut.Practices:N0} practices take {fanOut.Minimum.TotalSeconds:0.0} s at the limit, where start-up alone weighs; " +
              $"needs {Math.Ceiling(MinFanOutMinimum.TotalSeconds * TeamsLimits.PerTenantPerSecond):N0} (--practices)";
}
