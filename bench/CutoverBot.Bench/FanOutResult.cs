namespace CutoverBot.Bench;

/// <summary>The morning fan-out: who got how many cards, how many requests it took, and how long against the limits' minimum.</summary>
internal sealed record FanOutResult(
    int Practices, int ExactlyOnce, int Missing, int Duplicated, long Requests, int OverLimit, int InjectedThrottles, int InjectedUnavailable,
    TimeSpan StartToReady, TimeSpan FirstToLast, TimeSpan StartToLast, double CpuMsPerCard, long PeakBytes)
{
    /// <summary>The least time Teams' per-tenant limit allows for one post per practice.</summary>
    public TimeSpan Minimum => TimeSpan.FromSeconds((double)Practices / TeamsLimits.PerTenantPerSecond);

    /// <summary>Taken from the moment the process starts, so start-up counts against the bot.</summary>
    public double Ratio => StartToLast / Minimum;
}
