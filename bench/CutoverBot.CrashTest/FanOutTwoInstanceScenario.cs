using System.Collections.Concurrent;
using System.Diagnostics;

namespace CutoverBot.CrashTest;

/// <summary>
/// Two bot processes on one PostgreSQL database, every practice (one tenant) due its morning card at once. The instance
/// holding the fan-out lease is killed with -9 mid-way; the other takes the lease over once it has expired and posts
/// what is left. Every practice must end with exactly one card, within the time the tenant limit allows (with some
/// slack) plus the take-over.
/// </summary>
internal sealed class FanOutTwoInstanceScenario(string botDll, CrashPostgres server, int practices)
{
    // Set on both bots, so the minimum below is the one they keep to: DeliveryOptions.PerTenantPerSecond's default.
    private const int PerTenantPerSecond = 47;
    // Lease expiry (30 s after the last renewal) plus the other instance's next look (every 10 s), with room to spare.
    private static readonly TimeSpan TakeOverLimit = TimeSpan.FromSeconds(60);
    private int _run;

    public async Task<FanOutTwoInstanceResult> RunAsync(Random random)
    {
        var run = Interlocked.Increment(ref _run);
        var folder = Path.GetDirectoryName(CrashData.NewDatabasePath($"fanout2-{run:D2}"))!;
        var connectionString = server.NewDatabase($"fanout{run:D2}");
        await using var connector = new FakeConnector();
        await connector.StartAsync();
        connector.Latency = TimeSpan.FromMilliseconds(20);
        server.Seed(connectionString, connector.ServiceUrl, practices, staff: 1);
        var settings = server.BotSettings(connectionString);
        settings["Delivery__PerTenantPerSecond"] = PerTenantPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var clock = Stopwatch.StartNew();
        var cards = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var cardTimes = new ConcurrentQueue<TimeSpan>();
        var killAt = random.Next(practices / 10, practices * 9 / 10);
        var killNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Counting starts before the bots do: the first pass posts at once.
        connector.Accepted = post =>
        {
            if (!post.IsCard || post.ConversationId.Contains(';', StringComparison.Ordinal)) return;
            cardTimes.Enqueue(clock.Elapsed);
            cards.AddOrUpdate(post.ConversationId, 1, (_, n) => n + 1);
            if (cards.Count >= killAt) killNow.TrySetResult();
        };
        var bots = await Task.WhenAll(
            BotProcess.StartAsync(botDll, Path.Combine(folder, "first.db"), settings),
            BotProcess.StartAsync(botDll, Path.Combine(folder, "second.db"), settings));
        // From ready on: what the fan-out costs, not the start-up.
        var cpuAtReady = bots.Select(b => b.Cpu).ToArray();
        await killNow.Task;

        var holder = await FindHolderAsync(connectionString, bots);
        if (holder is null)
        {
            await StopAllAsync(bots);
            return new FanOutTwoInstanceResult(false, practices, cards.Count, cards.Count, cards.Count(kv => kv.Value > 1), TimeSpan.Zero, Minimum(), TimeSpan.Zero);
        }
        var holderCpu = holder.Cpu - cpuAtReady[Array.IndexOf(bots, holder)];
        holder.Kill();
        await holder.WaitForExitAsync();
        var beforeKill = cards.Count;

        var settle = Minimum() * 2 + TakeOverLimit;
        var waited = Stopwatch.StartNew();
        while (cards.Count < practices && waited.Elapsed < settle) await Task.Delay(250);
        // Long enough for a second copy, if one were coming, to arrive.
        await Task.Delay(TimeSpan.FromSeconds(3));
        connector.Accepted = null;
        var survivor = bots.Single(b => b != holder);
        var cpu = holderCpu + survivor.Cpu - cpuAtReady[Array.IndexOf(bots, survivor)];
        await StopAllAsync(bots);

        var times = cardTimes.Order().ToList();
        var fanOut = times.Count > 1 ? times[^1] - times[0] : TimeSpan.Zero;
        var takeOver = times.Zip(times.Skip(1), (a, b) => b - a).DefaultIfEmpty(TimeSpan.Zero).Max();
        var result = new FanOutTwoInstanceResult(true, practices, beforeKill, cards.Count, cards.Count(kv => kv.Value > 1), fanOut, Minimum(), takeOver,
            cpu.TotalMilliseconds / Math.Max(cards.Count, 1));
        if (result.Passed) TryDelete(folder);
        else Console.WriteLine($"     kept for a look: {folder} (bot logs) and database {server.Keep(connectionString)}");
        return result;
    }

    /// <summary>The least time Teams' tenant limit allows for one card per practice.</summary>
    private TimeSpan Minimum() => TimeSpan.FromSeconds((double)practices / PerTenantPerSecond);

    // The lease row names the holder's pid; it is written before the first card, so it is there by now.
    private static async Task<BotProcess?> FindHolderAsync(string connectionString, BotProcess[] bots)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            if (CrashPostgres.FanOutLeaseHolderPid(connectionString) is { } pid && bots.FirstOrDefault(b => b.Pid == pid) is { } bot) return bot;
            await Task.Delay(100);
        }
        return null;
    }

    private static async Task StopAllAsync(BotProcess[] bots)
    {
        foreach (var bot in bots)
        {
            if (!bot.HasExited) await bot.StopAsync();
            await bot.DisposeAsync();
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
