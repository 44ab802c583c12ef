using System.Globalization;
using System.Text;

namespace CutoverBot.Bench;

/// <summary>The run as Markdown tables: figures per scenario (ours against stock), start-up and memory, fan-out, targets.</summary>
internal static class Report
{
    public static string Write(BenchOptions options, BotRun stock, BotRun floor, IReadOnlyList<BotRun> ours, IReadOnlyList<StorageFloor.Figure> storage,
        FanOutResult? fanOut, IReadOnlyList<Verdict> verdicts)
    {
        var md = new StringBuilder();
        Line(md, $"{options.Requests} requests per concurrent scenario at {options.Concurrency} concurrent, after {options.Warmup} warm-up; " +
            $"{Environment.ProcessorCount} cores; .NET {Environment.Version}; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        Line(md, "");
        Line(md, "| Scenario | Stored entries (in the practice) | Bot | Concurrent | Requests/s | p50 ms | p99 ms | CPU ms/request | Largest card KB | Throughput vs stock |");
        Line(md, "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var scenario in new[] { Scenarios.QuickEntry, Scenarios.Tick, Scenarios.Summary, Scenarios.Pages })
        {
            if (!stock.Has(scenario)) continue;
            var s = stock[scenario];
            Row(md, s, "—", Concurrency(options, scenario), "1.0×");
            if (floor.Has(scenario))
            {
                var e = floor[scenario];
                Row(md, e, "—", Concurrency(options, scenario), F($"{e.PerSecond / s.PerSecond:0.0}×"));
            }
            foreach (var run in ours)
            {
                var r = run[scenario];
                Row(md, r, $"{run.StoredEntries:N0} ({run.EntriesInPractice:N0})", Concurrency(options, scenario), F($"{r.PerSecond / s.PerSecond:0.0}×"));
            }
        }
        Line(md, "");
        Line(md, "| Bot | Stored entries | Start-up to ready | Peak memory |");
        Line(md, "| --- | ---: | ---: | ---: |");
        Line(md, F($"| stock echo | — | {stock.StartToReady.TotalSeconds:0.00} s | {Mb(stock.PeakBytes):0} MB |"));
        Line(md, F($"| {floor.Bot} | — | {floor.StartToReady.TotalSeconds:0.00} s | {Mb(floor.PeakBytes):0} MB |"));
        foreach (var run in ours) Line(md, F($"| CutoverBot | {run.StoredEntries:N0} | {run.StartToReady.TotalSeconds:0.00} s | {Mb(run.PeakBytes):0} MB |"));
        Line(md, "");
        Line(md, "| Below the SDK (in-process, one thread, largest database) | CPU µs each | Allocated KB each |");
        Line(md, "| --- | ---: | ---: |");
        foreach (var figure in storage) Line(md, F($"| {figure.What} | {figure.CpuMicroseconds:0} | {figure.BytesAllocated / 1024.0:0} |"));
        if (fanOut is { } f)
        {
            Line(md, "");
            Line(md, "| Fan-out | Value |");
            Line(md, "| --- | ---: |");
            Line(md, F($"| practices (one tenant) | {f.Practices:N0} |"));
            Line(md, F($"| got exactly one card / none / more than one | {f.ExactlyOnce:N0} / {f.Missing:N0} / {f.Duplicated:N0} |"));
            Line(md, F($"| requests to the connector | {f.Requests:N0} |"));
            Line(md, F($"| answered 429 injected / 503 injected / 429 over a limit | {f.InjectedThrottles} / {f.InjectedUnavailable} / {f.OverLimit} |"));
            Line(md, F($"| minimum the limits allow ({f.Practices:N0} ÷ {TeamsLimits.PerTenantPerSecond}/s) | {f.Minimum.TotalSeconds:0.0} s |"));
            Line(md, F($"| process start to last card (ratio to minimum) | {f.StartToLast.TotalSeconds:0.0} s ({f.Ratio:0.00}×) |"));
            Line(md, F($"| first request to last card | {f.FirstToLast.TotalSeconds:0.0} s |"));
            Line(md, F($"| start-up to ready | {f.StartToReady.TotalSeconds:0.00} s |"));
            Line(md, F($"| bot CPU per card / peak memory | {f.CpuMsPerCard:0.00} ms / {Mb(f.PeakBytes):0} MB |"));
        }
        Line(md, "");
        WriteCeiling(md, stock, floor);
        WriteTargets(md, options, verdicts);
        return md.ToString();
    }

    // Not a target: no bot on these packages and this machine can beat an echo bot that does nothing else.
    private static void WriteCeiling(StringBuilder md, BotRun stock, BotRun floor)
    {
        if (!stock.Has(Scenarios.QuickEntry) || !floor.Has(Scenarios.QuickEntry)) return;
        var (stockQuick, echo) = (stock[Scenarios.QuickEntry].PerSecond, floor[Scenarios.QuickEntry]);
        Line(md, F($"Ceiling: the echo bot with only the shared resolver reaches {echo.PerSecond / stockQuick:0.0}× stock throughput ({echo.PerSecond:0}/s), p99 {echo.P99Ms:0.0} ms, {echo.CpuMsPerRequest:0.00} ms CPU."));
        Line(md, "");
    }

    private static void WriteTargets(StringBuilder md, BenchOptions options, IReadOnlyList<Verdict> verdicts)
    {
        Line(md, "| Target | Measured | Result |");
        Line(md, "| --- | --- | --- |");
        foreach (var v in verdicts) Line(md, $"| {v.Target} | {v.Measured} | {v.ResultText} |");
        Line(md, "");
        var (passed, failed, unjudged) = (verdicts.Count(v => v.Result == VerdictResult.Pass), verdicts.Count(v => v.Result == VerdictResult.Fail),
            verdicts.Count(v => v.Result == VerdictResult.NotJudged));
        Line(md, $"Targets: {passed} passed, {failed} failed, {unjudged} not judged by this run" +
                 (options.Only is not null ? " (--only: the other targets need the other scenarios)." : ".") +
                 (failed > 0 ? options.ReportOnly ? " Exit code 0 (--report-only)." : " Exit code 1." : ""));
    }

    public static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    public static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public static void Line(StringBuilder md, string line) => md.Append(line).Append('\n');

    private static int Concurrency(BenchOptions options, string scenario) =>
        scenario is Scenarios.Summary or Scenarios.Pages ? 1 : options.Concurrency;

    private static void Row(StringBuilder md, LoadResult r, string stored, int concurrency, string ratio) =>
        Line(md, F($"| {r.Scenario} | {stored} | {r.Bot} | {concurrency} | {r.PerSecond:0} | {r.P50Ms:0.0} | {r.P99Ms:0.0} | {r.CpuMsPerRequest:0.00} | {r.LargestBytes / 1024.0:0.0} | {ratio} |") +
            (r.Failures > 0 || r.Note.Length > 0 ? F($" {r.Failures} failed {r.Note}") : ""));
}
