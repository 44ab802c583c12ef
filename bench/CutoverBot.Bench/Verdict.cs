namespace CutoverBot.Bench;

/// <summary>One target against this run's figures: met, missed, or not judged because the run cannot tell (and why).</summary>
internal sealed record Verdict(string Target, string Measured, VerdictResult Result, string? Why = null)
{
    public static Verdict Judged(string target, string measured, bool met) => new(target, measured, met ? VerdictResult.Pass : VerdictResult.Fail);

    public static Verdict NotJudged(string target, string measured, string why) => new(target, measured, VerdictResult.NotJudged, why);

    public string ResultText => Result switch
    {
        VerdictResult.Pass => "pass",
        VerdictResult.Fail => "**fail**",
        _ => "not judged: " + Why,
    };
}

internal enum VerdictResult
{
    Pass,
    Fail,
    NotJudged,
}
