namespace CutoverBot.Bench;

/// <summary>
/// Issue 15's targets, each against the floor measured in the same run (the echo bot with only the shared contract
/// resolver, answering the same activities): the least any bot on these packages can cost on this machine, so a
/// target stated as a multiple of it does not drift with the machine or its load.
/// </summary>
internal static class FloorTargets
{
    public const double QuickCpu = 1.5;
    public const double QuickP99 = 2.0;
    public const double TickCpu = 2.0;
    public const double PagesCpu = 1.5;

    /// <summary>The redrawn checklist card goes to every member's client on each tick.</summary>
    public const int TickCardBytes = 16 * 1024;

    /// <summary>"Flat" as the other growth target says it: the largest scale within this of the smallest.</summary>
    public const double Flat = 1.5;

    private const int LargeScale = 100_000;

    public static IReadOnlyList<Verdict> Judge(BenchOptions options, BotRun floor, IReadOnlyList<BotRun> ours)
    {
        var verdicts = new List<Verdict>();
        foreach (var run in ours)
        {
            var at = Report.F($"{run.Bot}, {run.StoredEntries:N0} stored");
            if (run.Has(Scenarios.QuickEntry) && floor.Has(Scenarios.QuickEntry))
            {
                var (q, f) = (run[Scenarios.QuickEntry], floor[Scenarios.QuickEntry]);
                verdicts.Add(Cpu(options, Report.F($"quick entry CPU ≤ {QuickCpu}× the floor's ({at})"), q, f, QuickCpu));
                var p99 = Report.F($"quick entry p99 at {options.Concurrency} concurrent ≤ {QuickP99}× the floor's ({at})");
                var measured = Report.F($"{q.P99Ms / f.P99Ms:0.0}× ({q.P99Ms:0.0} vs {f.P99Ms:0.0} ms)");
                var why = Judgeability.Cold(options) ?? Judgeability.FewSamples(q);
                verdicts.Add(why is null ? Verdict.Judged(p99, measured, q.P99Ms <= QuickP99 * f.P99Ms) : Verdict.NotJudged(p99, measured, why));
            }
            if (run.Has(Scenarios.Tick) && floor.Has(Scenarios.Tick))
            {
                var t = run[Scenarios.Tick];
                verdicts.Add(Cpu(options, Report.F($"checklist tick CPU ≤ {TickCpu}× the floor's ({at})"), t, floor[Scenarios.Tick], TickCpu));
                verdicts.Add(Verdict.Judged(Report.F($"redrawn checklist card ≤ {TickCardBytes / 1024} KB (this run's day; every day is ChecklistCardSizeTests') ({at})"),
                    Report.F($"{t.LargestBytes / 1024.0:0.0} KB"), t.LargestBytes <= TickCardBytes));
            }
        }
        Pages(verdicts, options, floor, ours);
        return verdicts;
    }

    private static void Pages(List<Verdict> verdicts, BenchOptions options, BotRun floor, IReadOnlyList<BotRun> ours)
    {
        if (!floor.Has(Scenarios.Pages)) return;
        foreach (var engine in ours.Where(r => r.Has(Scenarios.Pages)).GroupBy(r => r.Bot))
        {
            var runs = engine.OrderBy(r => r.StoredEntries).ToList();
            var target = Report.F($"go-live list pages CPU ≤ {PagesCpu}× the floor's at {LargeScale:N0} stored ({engine.Key})");
            var large = runs.LastOrDefault(r => r.StoredEntries >= LargeScale);
            if (large is null)
            {
                verdicts.Add(Verdict.NotJudged(target, Report.F($"largest {runs[^1].StoredEntries:N0} stored"), Report.F($"no run with {LargeScale:N0} entries (--scales)")));
                continue;
            }
            verdicts.Add(Cpu(options, target, large[Scenarios.Pages], floor[Scenarios.Pages], PagesCpu));
            var flat = Report.F($"go-live list pages flat from {runs[0].StoredEntries:N0} to {large.StoredEntries:N0} stored (CPU within {Flat}×) ({engine.Key})");
            if (runs.Count < 2)
            {
                verdicts.Add(Verdict.NotJudged(flat, "—", "one scale only (--scales)"));
                continue;
            }
            var (small, big) = (runs[0][Scenarios.Pages].CpuMsPerRequest, large[Scenarios.Pages].CpuMsPerRequest);
            var growth = Report.F($"{big / small:0.00}× ({small:0.00} → {big:0.00} ms)");
            verdicts.Add((Judgeability.FewForCpu(runs[0][Scenarios.Pages]) ?? Judgeability.FewForCpu(large[Scenarios.Pages])) is { } few
                ? Verdict.NotJudged(flat, growth, few)
                : Verdict.Judged(flat, growth, big <= Flat * small));
        }
    }

    private static Verdict Cpu(BenchOptions options, string target, LoadResult ours, LoadResult floor, double factor)
    {
        var measured = Report.F($"{ours.CpuMsPerRequest / floor.CpuMsPerRequest:0.0}× ({ours.CpuMsPerRequest:0.00} vs {floor.CpuMsPerRequest:0.00} ms)");
        return (Judgeability.Cold(options) ?? Judgeability.FewForCpu(ours) ?? Judgeability.FewForCpu(floor)) is { } cold
            ? Verdict.NotJudged(target, measured, cold)
            : Verdict.Judged(target, measured, ours.CpuMsPerRequest <= factor * floor.CpuMsPerRequest);
    }
}
