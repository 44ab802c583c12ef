namespace CutoverBot.Bench;

/// <summary>One measured phase: requests at a fixed concurrency against one bot process (and its PostgreSQL server's CPU, when it has one).</summary>
internal sealed record LoadResult(
    string Scenario, string Bot, int Requests, int Failures, TimeSpan Elapsed, double P50Ms, double P99Ms, double CpuMsPerRequest,
    long LargestBytes, string Note = "", double ServerCpuMsPerRequest = double.NaN)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}
