using System.Diagnostics;
using System.Text;

namespace CutoverBot.Bench;

/// <summary>
/// Posts activities to /api/messages from a fixed number of concurrent workers until the count or the time cap is
/// reached. Latency is the whole round trip: the bot answers only after its replies have reached the connector.
/// </summary>
internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(
        string scenario, string botName, BotProcess bot, FakeConnector connector, HttpClient http, Func<int, string> activity,
        int count, int concurrency, TimeSpan cap, ServerCpu? server = null)
    {
        var target = new Uri(bot.BaseUrl, "api/messages");
        var latencies = new double[count];
        var next = -1;
        var failures = 0;
        var done = 0;
        long largestResponse = 0;
        var kept = 0;
        connector.ResetLargestBody();
        var cpuBefore = bot.Cpu;
        var serverBefore = server?.Used;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && clock.Elapsed < cap)
            {
                using var content = new StringContent(activity(i), Encoding.UTF8, "application/json");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(target, content).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Interlocked.Increment(ref done);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                if (body.Length >= OverLimitBytes && Interlocked.Exchange(ref kept, 1) == 0) Keep(scenario, botName, body);
                long seen;
                while ((seen = Interlocked.Read(ref largestResponse)) < body.Length && Interlocked.CompareExchange(ref largestResponse, body.Length, seen) != seen)
                {
                }
            }
        }).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        clock.Stop();
        var cpu = bot.Cpu - cpuBefore;
        var serverCpu = server?.Used - serverBefore;
        var measured = latencies.Where(l => l > 0).Order().ToArray();
        return new LoadResult(scenario, botName, done, failures, clock.Elapsed, Percentile(measured, 0.50), Percentile(measured, 0.99),
            cpu.TotalMilliseconds / Math.Max(done, 1), Math.Max(Interlocked.Read(ref largestResponse), connector.LargestBody),
            done < count ? $"stopped at the {cap.TotalSeconds:0} s cap" : "",
            serverCpu is { } used ? used.TotalMilliseconds / Math.Max(done, 1) : double.NaN);
    }

    /// <summary>Teams refuses a message over about 28 KB; an answer that big is kept for a look.</summary>
    private const int OverLimitBytes = 28 * 1024;

    private static void Keep(string scenario, string botName, byte[] body)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cutoverbot-bench-{botName}-{scenario}.json".Replace(' ', '-'));
        File.WriteAllBytes(file, body);
        Console.Error.WriteLine($"{botName} {scenario}: an answer of {body.Length / 1024.0:0.0} KB, kept in {file}");
    }

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
