namespace CutoverBot.Bench.Tests;

/// <summary>
/// Issue 15's targets as bench/run.sh judges them from made-up figures: each against the floor of the same run, per
/// scale and engine, and not judged (with the reason) when the run cannot tell.
/// </summary>
public sealed class FloorTargetsTests
{
    private static readonly BenchOptions Full = BenchOptions.Parse([]);

    [Fact]
    public void Judge_QuickEntryJustUnderAndJustOverTheFactor_PassesOneScaleAndFailsTheOther()
    {
        var floor = Run("echo + shared resolver", 0, quickCpu: 1.0, quickP99: 20);
        var verdicts = FloorTargets.Judge(Full, floor, [Run("CutoverBot", 1_000, quickCpu: 1.45, quickP99: 39), Run("CutoverBot", 10_000, quickCpu: 1.6, quickP99: 41)]);

        Assert.Equal(VerdictResult.Pass, Single(verdicts, "quick entry CPU ≤ 1.5× the floor's (CutoverBot, 1,000 stored)").Result);
        Assert.Equal("1.6× (1.60 vs 1.00 ms)", Single(verdicts, "quick entry CPU ≤ 1.5× the floor's (CutoverBot, 10,000 stored)").Measured);
        Assert.Equal(VerdictResult.Fail, Single(verdicts, "quick entry CPU ≤ 1.5× the floor's (CutoverBot, 10,000 stored)").Result);
        Assert.Equal(VerdictResult.Pass, Single(verdicts, "quick entry p99 at 16 concurrent ≤ 2× the floor's (CutoverBot, 1,000 stored)").Result);
        Assert.Equal(VerdictResult.Fail, Single(verdicts, "quick entry p99 at 16 concurrent ≤ 2× the floor's (CutoverBot, 10,000 stored)").Result);
    }

    [Fact]
    public void Judge_TickCardOver16KB_FailsTheCardTargetEvenWhenTheCpuPasses()
    {
        var verdicts = FloorTargets.Judge(Full, Run("echo + shared resolver", 0, tickCpu: 1.0), [Run("CutoverBot", 1_000, tickCpu: 1.9, tickBytes: 17 * 1024)]);

        Assert.Equal(VerdictResult.Pass, Single(verdicts, "checklist tick CPU").Result);
        Assert.Equal(VerdictResult.Fail, Single(verdicts, "redrawn checklist card ≤ 16 KB").Result);
        Assert.Equal("17.0 KB", Single(verdicts, "redrawn checklist card ≤ 16 KB").Measured);
    }

    [Fact]
    public void Judge_PagesPerEngine_JudgedAt100000AndFlatOnlyWhereThatScaleWasRun()
    {
        var floor = Run("echo + shared resolver", 0, pagesCpu: 2.0);
        var verdicts = FloorTargets.Judge(Full, floor,
        [
            Run("CutoverBot", 1_000, pagesCpu: 2.2), Run("CutoverBot", 100_000, pagesCpu: 2.9),
            Run("CutoverBot on PostgreSQL", 1_000, pagesCpu: 2.5), Run("CutoverBot on PostgreSQL", 10_000, pagesCpu: 2.6),
        ]);

        Assert.Equal(VerdictResult.Pass, Single(verdicts, "go-live list pages CPU ≤ 1.5× the floor's at 100,000 stored (CutoverBot)").Result);
        Assert.Equal(VerdictResult.Pass, Single(verdicts, "go-live list pages flat from 1,000 to 100,000 stored (CPU within 1.5×) (CutoverBot)").Result);
        var onPostgres = Single(verdicts, "go-live list pages CPU ≤ 1.5× the floor's at 100,000 stored (CutoverBot on PostgreSQL)");
        Assert.Equal("not judged: no run with 100,000 entries (--scales)", onPostgres.ResultText);
    }

    [Fact]
    public void Judge_TenListPages_CpuNotJudgedBecauseTheClockStepIsMostOfIt()
    {
        var floor = Run("echo + shared resolver", 0);
        BotRun TenPages(int stored, double cpu) => Run("CutoverBot", stored) with { Results = [Load(Scenarios.Pages, cpu, 10, requests: 10)] };
        var verdicts = FloorTargets.Judge(Full, floor, [TenPages(1_000, 3.0), TenPages(100_000, 5.0)]);

        Assert.Equal("not judged: 10 requests, CPU per request needs 50", Single(verdicts, "go-live list pages CPU").ResultText);
        Assert.Equal("not judged: 10 requests, CPU per request needs 50", Single(verdicts, "go-live list pages flat").ResultText);
    }

    [Fact]
    public void Judge_QuickRun_CpuRatiosNotJudgedBecauseTheJitHasNotSettled()
    {
        var quick = BenchOptions.Parse(["--quick"]);
        var verdicts = FloorTargets.Judge(quick, Run("echo + shared resolver", 0), [Run("CutoverBot", 1_000, quickCpu: 9)]);

        var cpu = Single(verdicts, "quick entry CPU");
        Assert.Equal(VerdictResult.NotJudged, cpu.Result);
        Assert.Contains("warm-up 50 < 1,000", cpu.ResultText, StringComparison.Ordinal);
        Assert.Equal(0, Targets.ExitCode(verdicts, quick));
    }

    private static Verdict Single(IEnumerable<Verdict> verdicts, string start) =>
        Assert.Single(verdicts, v => v.Target.StartsWith(start, StringComparison.Ordinal));

    private static BotRun Run(string bot, int stored, double quickCpu = 1, double quickP99 = 20, double tickCpu = 1, int tickBytes = 10 * 1024, double pagesCpu = 2) =>
        new(bot, stored, Math.Min(stored, 5_000), TimeSpan.FromSeconds(1),
            [Load(Scenarios.QuickEntry, quickCpu, quickP99), Load(Scenarios.Tick, tickCpu, 20, tickBytes), Load(Scenarios.Pages, pagesCpu, 10)], 200L << 20);

    private static LoadResult Load(string scenario, double cpu, double p99, int bytes = 1_024, int requests = 1_000) =>
        new(scenario, "bot", requests, 0, TimeSpan.FromSeconds(5), p99 / 2, p99, cpu, bytes);
}
