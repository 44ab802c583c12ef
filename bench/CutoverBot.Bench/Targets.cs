namespace CutoverBot.Bench;

/// <summary>Issue 6's targets, each judged on this run's figures, or marked as not judged with the reason.</summary>
internal static class Targets
{
    private const int CardLimitBytes = 28 * 1024;

    public static IReadOnlyList<Verdict> Judge(BenchOptions options, BotRun stock, IReadOnlyList<BotRun> ours, FanOutResult? fanOut)
    {
        var verdicts = new List<Verdict>();
        if (stock.Has(Scenarios.QuickEntry)) QuickEntry(verdicts, options, stock, ours);
        if (options.Only is not null) return verdicts;
        Summary(verdicts, ours);
        var largest = ours.SelectMany(r => new[] { r[Scenarios.Summary], r[Scenarios.Pages], r[Scenarios.Tick] }).Max(r => r.LargestBytes);
        verdicts.Add(Verdict.Judged("every card < 28 KB (summary, list pages, checklist)", F($"largest {largest / 1024.0:0.0} KB"), largest < CardLimitBytes));
        var slowest = ours.Max(r => r.StartToReady);
        verdicts.Add(Verdict.Judged("start-up to ready ≤ 2 s", F($"slowest {slowest.TotalSeconds:0.00} s"), slowest <= TimeSpan.FromSeconds(2)));
        Memory(verdicts, ours);
        Growth(verdicts, options, ours);
        FanOut(verdicts, fanOut);
        return verdicts;
    }

    /// <summary>What the run should exit with: 1 when a target it could judge failed, unless only reporting.</summary>
    public static int ExitCode(IReadOnlyList<Verdict> verdicts, BenchOptions options) =>
        !options.ReportOnly && verdicts.Any(v => v.Result == VerdictResult.Fail) ? 1 : 0;

    private static void QuickEntry(List<Verdict> verdicts, BenchOptions options, BotRun stock, IReadOnlyList<BotRun> ours)
    {
        var stockQuick = stock[Scenarios.QuickEntry].PerSecond;
        foreach (var run in ours)
        {
            var q = run[Scenarios.QuickEntry];
            var throughput = F($"quick entry ≥ 10× stock echo throughput at {options.Concurrency} concurrent ({run.StoredEntries:N0} stored)");
            var ratio = F($"{q.PerSecond / stockQuick:0.0}× ({q.PerSecond:0} vs {stockQuick:0}/s)");
            verdicts.Add(Judgeability.Cold(options) is { } cold ? Verdict.NotJudged(throughput, ratio, cold) : Verdict.Judged(throughput, ratio, q.PerSecond >= 10 * stockQuick));
            var p99 = F($"quick entry p99 ≤ 30 ms at {options.Concurrency} concurrent ({run.StoredEntries:N0} stored)");
            var why = Judgeability.Cold(options) ?? Judgeability.FewSamples(q);
            verdicts.Add(why is null ? Verdict.Judged(p99, F($"{q.P99Ms:0.0} ms"), q.P99Ms <= 30) : Verdict.NotJudged(p99, F($"{q.P99Ms:0.0} ms"), why));
        }
    }

    private static void Summary(List<Verdict> verdicts, IReadOnlyList<BotRun> ours)
    {
        foreach (var run in ours.Where(r => r.EntriesInPractice >= 5_000))
        {
            var s = run[Scenarios.Summary];
            var target = F($"go-live summary of {run.EntriesInPractice:N0} entries ≤ 50 ms, round trip p99 ({run.StoredEntries:N0} stored)");
            var measured = F($"p50 {s.P50Ms:0.0} ms, p99 {s.P99Ms:0.0} ms");
            verdicts.Add(Judgeability.FewSamples(s) is { } few ? Verdict.NotJudged(target, measured, few) : Verdict.Judged(target, measured, s.P99Ms <= 50));
        }
    }

    private static void Memory(List<Verdict> verdicts, IReadOnlyList<BotRun> ours)
    {
        var target = F($"memory ≤ 250 MB with {Judgeability.MemoryScale:N0} entries stored");
        if (ours.FirstOrDefault(r => r.StoredEntries >= Judgeability.MemoryScale) is { } big)
            verdicts.Add(Verdict.Judged(target, F($"peak {Report.Mb(big.PeakBytes):0} MB"), Report.Mb(big.PeakBytes) <= 250));
        else
            verdicts.Add(Verdict.NotJudged(target, F($"largest {ours.Max(r => r.StoredEntries):N0} stored"), F($"no run with {Judgeability.MemoryScale:N0} entries (--scales)")));
    }

    private static void Growth(List<Verdict> verdicts, BenchOptions options, IReadOnlyList<BotRun> ours)
    {
        if (ours.Count < 2) return;
        var (small, large) = (ours[0], ours[^1]);
        var quickGrowth = large[Scenarios.QuickEntry].CpuMsPerRequest / small[Scenarios.QuickEntry].CpuMsPerRequest;
        var flat = F($"quick entry cost flat from {small.StoredEntries:N0} to {large.StoredEntries:N0} stored (CPU per request within 1.5×)");
        verdicts.Add(Judgeability.Cold(options) is { } cold
            ? Verdict.NotJudged(flat, F($"{quickGrowth:0.00}×"), cold)
            : Verdict.Judged(flat, F($"{quickGrowth:0.00}×"), quickGrowth <= 1.5));
        var perEntrySmall = small[Scenarios.Summary].P50Ms / small.EntriesInPractice;
        var perEntryLarge = large[Scenarios.Summary].P50Ms / large.EntriesInPractice;
        verdicts.Add(Verdict.Judged(F($"summary time per entry in the practice no worse than linear ({small.EntriesInPractice:N0} → {large.EntriesInPractice:N0}, within 1.5×)"),
            F($"{perEntrySmall * 1000:0.0} → {perEntryLarge * 1000:0.0} µs per entry"), perEntryLarge <= 1.5 * perEntrySmall));
    }

    private static void FanOut(List<Verdict> verdicts, FanOutResult? fanOut)
    {
        const string ratioTarget = "fan-out: whole run ≤ 1.2× the minimum the limits allow";
        if (fanOut is not { } f)
        {
            verdicts.Add(Verdict.NotJudged(ratioTarget, "—", "no fan-out in this run (--practices 0)"));
            return;
        }
        verdicts.Add(Verdict.Judged(F($"fan-out: each of {f.Practices:N0} practices gets exactly one card"),
            F($"{f.ExactlyOnce:N0} once, {f.Missing} none, {f.Duplicated} twice or more"), f.ExactlyOnce == f.Practices));
        var measured = F($"{f.Ratio:0.00}× ({f.StartToLast.TotalSeconds:0.0} s vs {f.Minimum.TotalSeconds:0.0} s)");
        verdicts.Add(Judgeability.FewPractices(f) is { } few ? Verdict.NotJudged(ratioTarget, measured, few) : Verdict.Judged(ratioTarget, measured, f.Ratio <= 1.2));
    }

    private static string F(FormattableString s) => Report.F(s);
}
