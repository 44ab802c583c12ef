namespace CutoverBot.Bench.Tests;

/// <summary>
/// What bench/run.sh says about each target and what it exits with, from made-up figures: a quick run marks what it
/// cannot judge (and why) instead of printing "fail", and a target it can judge that fails makes the run exit 1.
/// </summary>
public sealed class TargetsTests
{
    private static readonly BenchOptions Quick = BenchOptions.Parse(["--quick"]);
    private static readonly BenchOptions Full = BenchOptions.Parse([]);

    [Fact]
    public void Judge_QuickRunMissingTheQuickEntryAndFanOutRatioTargets_MarksThemNotJudgedWithWhyAndExits0()
    {
        var verdicts = Targets.Judge(Quick, Stock(perSecond: 100), [Ours(1_000, 1_000, quickPerSecond: 300, quickP99: 110), Ours(10_000, 5_000, quickPerSecond: 290, quickP99: 120)],
            FanOut(Quick.Practices, ratio: 2.5));

        Assert.DoesNotContain(verdicts, v => v.Result == VerdictResult.Fail);
        var quick = verdicts.Where(v => v.Target.StartsWith("quick entry", StringComparison.Ordinal)).ToList();
        Assert.All(quick, v => Assert.Equal(VerdictResult.NotJudged, v.Result));
        Assert.All(quick, v => Assert.Contains("warm-up 50 < 1,000", v.ResultText, StringComparison.Ordinal));
        var ratio = Single(verdicts, "fan-out: whole run");
        Assert.Equal("not judged: 200 practices take 4.0 s at the limit, where start-up alone weighs; needs 1,000 (--practices)", ratio.ResultText);
        Assert.Contains("no run with 100,000 entries", Single(verdicts, "memory").ResultText, StringComparison.Ordinal);
        Assert.Equal(0, Targets.ExitCode(verdicts, Quick));
    }

    [Fact]
    public void Judge_QuickRunWithACardOver28KB_FailsThatTargetAndExits1()
    {
        var verdicts = Targets.Judge(Quick, Stock(100), [Ours(1_000, 1_000, largestCard: 30 * 1024), Ours(10_000, 5_000)], FanOut(Quick.Practices, ratio: 1.1));

        Assert.Equal(VerdictResult.Fail, Single(verdicts, "every card < 28 KB").Result);
        Assert.Equal("**fail**", Single(verdicts, "every card < 28 KB").ResultText);
        Assert.Equal(1, Targets.ExitCode(verdicts, Quick));
    }

    [Fact]
    public void ExitCode_FailedTargetWithReportOnly_Is0()
    {
        var reportOnly = BenchOptions.Parse(["--quick", "--report-only"]);
        var verdicts = Targets.Judge(reportOnly, Stock(100), [Ours(1_000, 1_000, startUp: 3.5), Ours(10_000, 5_000)], FanOut(reportOnly.Practices, ratio: 1.1));

        Assert.Equal(VerdictResult.Fail, Single(verdicts, "start-up to ready").Result);
        Assert.Equal(0, Targets.ExitCode(verdicts, reportOnly));
    }

    [Fact]
    public void Judge_FullRunSlowFanOutAndSlowQuickEntry_JudgesAndFailsBoth()
    {
        var verdicts = Targets.Judge(Full, Stock(100), [Ours(1_000, 1_000, quickPerSecond: 300), Ours(10_000, 5_000, quickPerSecond: 1_200), Ours(100_000, 5_000, quickPerSecond: 1_100)],
            FanOut(Full.Practices, ratio: 1.3));

        Assert.Equal(VerdictResult.Fail, Single(verdicts, "fan-out: whole run").Result);
        Assert.Equal(VerdictResult.Fail, Single(verdicts, "quick entry ≥ 10× stock echo throughput at 16 concurrent (1,000 stored)").Result);
        Assert.Equal(VerdictResult.Pass, Single(verdicts, "quick entry ≥ 10× stock echo throughput at 16 concurrent (10,000 stored)").Result);
        Assert.Equal(VerdictResult.Pass, Single(verdicts, "memory").Result);
        Assert.DoesNotContain(verdicts, v => v.Result == VerdictResult.NotJudged);
        Assert.Equal(1, Targets.ExitCode(verdicts, Full));
    }

    [Fact]
    public void Write_QuickRun_TableSaysNotJudgedAndWhyAndTheCountsLine()
    {
        var stock = Stock(100);
        var ours = new[] { Ours(1_000, 1_000, quickPerSecond: 300), Ours(10_000, 5_000, quickPerSecond: 290) };
        var fanOut = FanOut(Quick.Practices, ratio: 2.5);
        var verdicts = Targets.Judge(Quick, stock, ours, fanOut);

        var report = Report.Write(Quick, stock, stock with { Bot = "echo + shared resolver" }, ours, [], fanOut, verdicts);

        Assert.DoesNotContain("**fail**", report, StringComparison.Ordinal);
        Assert.Contains("| not judged: warm-up 50 < 1,000, so the JIT has not settled |", report, StringComparison.Ordinal);
        Assert.Contains($"Targets: {verdicts.Count(v => v.Result == VerdictResult.Pass)} passed, 0 failed, {verdicts.Count(v => v.Result == VerdictResult.NotJudged)} not judged by this run.", report, StringComparison.Ordinal);
    }

    private static Verdict Single(IEnumerable<Verdict> verdicts, string start) =>
        Assert.Single(verdicts, v => v.Target.StartsWith(start, StringComparison.Ordinal));

    private static BotRun Stock(double perSecond) =>
        new("stock echo", 0, 0, TimeSpan.FromSeconds(0.5), [Load(Scenarios.QuickEntry, perSecond, p99: 200), Load(Scenarios.Tick, 100), Load(Scenarios.Summary, 100), Load(Scenarios.Pages, 100)], 100L << 20);

    private static BotRun Ours(int stored, int inPractice, double quickPerSecond = 2_000, double quickP99 = 20, int largestCard = 20 * 1024, double startUp = 1.2) =>
        new("CutoverBot", stored, inPractice, TimeSpan.FromSeconds(startUp),
            [Load(Scenarios.QuickEntry, quickPerSecond, quickP99), Load(Scenarios.Tick, 200, bytes: largestCard), Load(Scenarios.Summary, 100, p99: 20, p50: inPractice / 1_000.0),
                Load(Scenarios.Pages, 100)], 200L << 20);

    private static LoadResult Load(string scenario, double perSecond, double p99 = 10, double p50 = 5, int bytes = 1_024) =>
        new(scenario, "bot", 1_000, 0, TimeSpan.FromSeconds(1_000 / perSecond), p50, p99, 4, bytes);

    private static FanOutResult FanOut(int practices, double ratio)
    {
        var minimum = TimeSpan.FromSeconds((double)practices / TeamsLimits.PerTenantPerSecond);
        return new(practices, practices, 0, 0, practices * 2, 0, 0, 0, TimeSpan.FromSeconds(1), minimum * ratio, minimum * ratio, 13, 180L << 20);
    }
}
