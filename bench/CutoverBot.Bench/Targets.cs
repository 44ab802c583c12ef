using System.Text;

namespace CutoverBot.Bench;

/// <summary>Issue 6's targets, each judged on this run's figures.</summary>
internal static class Targets
{
    private const int CardLimitBytes = 28 * 1024;

    public static void Write(StringBuilder md, BenchOptions options, BotRun stock, BotRun floor, IReadOnlyList<BotRun> ours, FanOutResult? fanOut)
    {
        Report.Line(md, "| Target | Measured | Result |");
        Report.Line(md, "| --- | --- | --- |");
        if (options.Only is not null)
        {
            WriteQuick(md, options, stock, floor, ours);
            Report.Line(md, "(--only: the other targets need the other scenarios)");
            return;
        }
        WriteQuick(md, options, stock, floor, ours);
        WriteRest(md, ours, fanOut);
    }

    private static void WriteQuick(StringBuilder md, BenchOptions options, BotRun stock, BotRun floor, IReadOnlyList<BotRun> ours)
    {
        if (!stock.Has(Scenarios.QuickEntry)) return;
        var stockQuick = stock[Scenarios.QuickEntry].PerSecond;
        var echo = floor[Scenarios.QuickEntry];
        // Not a target: the ceiling. No bot on these packages and this machine can beat an echo bot that does nothing else.
        Report.Line(md, Report.F($"| (ceiling) echo bot with only the shared resolver: stock throughput × | {echo.PerSecond / stockQuick:0.0}× ({echo.PerSecond:0}/s), p99 {echo.P99Ms:0.0} ms, {echo.CpuMsPerRequest:0.00} ms CPU | — |"));
        foreach (var run in ours)
        {
            var q = run[Scenarios.QuickEntry];
            Judge(md, Report.F($"quick entry ≥ 10× stock echo throughput at {options.Concurrency} concurrent ({run.StoredEntries:N0} stored)"),
                Report.F($"{q.PerSecond / stockQuick:0.0}× ({q.PerSecond:0} vs {stockQuick:0}/s)"), q.PerSecond >= 10 * stockQuick);
            Judge(md, Report.F($"quick entry p99 ≤ 30 ms at {options.Concurrency} concurrent ({run.StoredEntries:N0} stored)"),
                Report.F($"{q.P99Ms:0.0} ms"), q.P99Ms <= 30);
        }
    }

    private static void WriteRest(StringBuilder md, IReadOnlyList<BotRun> ours, FanOutResult? fanOut)
    {
        foreach (var run in ours.Where(r => r.EntriesInPractice >= 5_000))
        {
            var s = run[Scenarios.Summary];
            Judge(md, Report.F($"go-live summary of {run.EntriesInPractice:N0} entries ≤ 50 ms, round trip p99 ({run.StoredEntries:N0} stored)"),
                Report.F($"p50 {s.P50Ms:0.0} ms, p99 {s.P99Ms:0.0} ms"), s.P99Ms <= 50);
        }
        var largest = ours.SelectMany(r => new[] { r[Scenarios.Summary], r[Scenarios.Pages], r[Scenarios.Tick] }).Max(r => r.LargestBytes);
        Judge(md, "every card < 28 KB (summary, list pages, checklist)", Report.F($"largest {largest / 1024.0:0.0} KB"), largest < CardLimitBytes);
        var slowest = ours.Max(r => r.StartToReady);
        Judge(md, "start-up to ready ≤ 2 s", Report.F($"slowest {slowest.TotalSeconds:0.00} s"), slowest <= TimeSpan.FromSeconds(2));
        if (ours.FirstOrDefault(r => r.StoredEntries >= 100_000) is { } big)
            Judge(md, Report.F($"memory ≤ 250 MB with {big.StoredEntries:N0} entries stored"), Report.F($"peak {Report.Mb(big.PeakBytes):0} MB"), Report.Mb(big.PeakBytes) <= 250);
        if (ours.Count >= 2)
        {
            var (small, large) = (ours[0], ours[^1]);
            var quickGrowth = large[Scenarios.QuickEntry].CpuMsPerRequest / small[Scenarios.QuickEntry].CpuMsPerRequest;
            Judge(md, Report.F($"quick entry cost flat from {small.StoredEntries:N0} to {large.StoredEntries:N0} stored (CPU per request within 1.5×)"),
                Report.F($"{quickGrowth:0.00}×"), quickGrowth <= 1.5);
            var perEntrySmall = small[Scenarios.Summary].P50Ms / small.EntriesInPractice;
            var perEntryLarge = large[Scenarios.Summary].P50Ms / large.EntriesInPractice;
            Judge(md, Report.F($"summary time per entry in the practice no worse than linear ({small.EntriesInPractice:N0} → {large.EntriesInPractice:N0}, within 1.5×)"),
                Report.F($"{perEntrySmall * 1000:0.0} → {perEntryLarge * 1000:0.0} µs per entry"), perEntryLarge <= 1.5 * perEntrySmall);
        }
        if (fanOut is { } f)
        {
            Judge(md, Report.F($"fan-out: each of {f.Practices:N0} practices gets exactly one card"),
                Report.F($"{f.ExactlyOnce:N0} once, {f.Missing} none, {f.Duplicated} twice or more"), f.ExactlyOnce == f.Practices);
            Judge(md, "fan-out: whole run ≤ 1.2× the minimum the limits allow", Report.F($"{f.Ratio:0.00}× ({f.StartToLast.TotalSeconds:0.0} s vs {f.Minimum.TotalSeconds:0.0} s)"), f.Ratio <= 1.2);
        }
    }

    private static void Judge(StringBuilder md, string target, string measured, bool met) =>
        Report.Line(md, $"| {target} | {measured} | {(met ? "pass" : "**fail**")} |");
}
