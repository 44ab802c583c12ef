using System.Diagnostics;

namespace CutoverBot.Bench;

/// <summary>
/// Starts the bot on a database where every practice's morning post is due, against a connector that enforces Teams'
/// limits and injects 429s and 503s, and waits until every practice has its card (or the time runs out), then a little
/// longer to catch any card sent twice.
/// </summary>
internal static class FanOut
{
    public static async Task<FanOutResult> RunAsync(BenchOptions options, string folder, DateOnly today, HttpClient http)
    {
        await using var connector = new FakeConnector { Limits = new TeamsLimits(options.Throttled, options.Unavailable) };
        await connector.StartAsync();
        var path = Path.Combine(folder, "fanout.db");
        Seeder.MorningDue(path, connector.ServiceUrl, options.Practices, today);

        var settings = BenchKey.BotSettings(path);
        var started = Stopwatch.GetTimestamp();
        await using var bot = await BotProcess.StartAsync(options.BotDll, settings, http);
        var cpuBefore = bot.Cpu;
        var minimum = TimeSpan.FromSeconds((double)options.Practices / TeamsLimits.PerTenantPerSecond);
        var deadline = Stopwatch.StartNew();
        var cap = minimum * 3 + TimeSpan.FromSeconds(30);
        while (connector.Accepted.Count < options.Practices && deadline.Elapsed < cap) await Task.Delay(100);
        // Anything still in flight (a retry after a lost answer) would show up as a second card now.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var cards = connector.Accepted.Values.ToList();
        var limits = connector.Limits!;
        var last = connector.LastAcceptedAt;
        return new FanOutResult(
            options.Practices,
            ExactlyOnce: cards.Count(n => n == 1),
            Missing: options.Practices - cards.Count,
            Duplicated: cards.Count(n => n > 1),
            connector.Requests, limits.OverLimit, limits.InjectedThrottles, limits.InjectedUnavailable,
            bot.StartToReady,
            FirstToLast: Stopwatch.GetElapsedTime(connector.FirstRequestAt, last),
            StartToLast: Stopwatch.GetElapsedTime(started, last),
            CpuMsPerCard: (bot.Cpu - cpuBefore).TotalMilliseconds / Math.Max(1, cards.Sum()),
            bot.PeakBytes);
    }
}
