using System.Collections.Concurrent;

namespace CutoverBot.CrashTest;

/// <summary>
/// The bot is stopped in the middle of the morning fan-out, by kill -9 or by SIGTERM (a deploy), and started again on
/// the same database: every practice must end up with exactly one morning card.
/// </summary>
internal sealed class FanOutRestartScenario(string botDll)
{
    private const int Practices = 300;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(90);
    private int _run;

    public async Task<FanOutResult> RunAsync(bool kill, Random random)
    {
        var databasePath = CrashData.NewDatabasePath($"fanout-{Interlocked.Increment(ref _run):D2}");
        await using var connector = new FakeConnector();
        await connector.StartAsync();
        connector.Latency = TimeSpan.FromMilliseconds(20);
        CrashData.Seed(databasePath, connector.ServiceUrl, Practices, staff: 1);

        var cards = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var stopAt = random.Next(Practices / 10, Practices * 9 / 10);
        // Counting starts before the bot does: its first pass posts at once.
        var stopNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connector.Accepted = post =>
        {
            if (!post.IsCard || post.ConversationId.Contains(';', StringComparison.Ordinal)) return;
            cards.AddOrUpdate(post.ConversationId, 1, (_, n) => n + 1);
            if (cards.Count >= stopAt) stopNow.TrySetResult();
        };
        var bot = await BotProcess.StartAsync(botDll, databasePath);
        await stopNow.Task;
        if (kill) bot.Kill();
        else await bot.StopAsync();
        await bot.WaitForExitAsync();
        await bot.DisposeAsync();
        var beforeRestart = cards.Count;

        var restarted = await BotProcess.StartAsync(botDll, databasePath);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (cards.Count < Practices && waited.Elapsed < Settle) await Task.Delay(250);
        // Long enough for a second copy, if one were coming, to arrive.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await restarted.StopAsync();
        await restarted.DisposeAsync();
        connector.Accepted = null;

        var result = new FanOutResult(kill ? "kill -9" : "SIGTERM", Practices, beforeRestart, cards.Count, cards.Count(kv => kv.Value > 1));
        if (result.Passed) Directory.Delete(Path.GetDirectoryName(databasePath)!, recursive: true);
        else
        {
            Console.WriteLine($"     kept for a look: {databasePath}");
            using var db = CrashData.Open(databasePath);
            var log = new CutoverBot.Core.Scheduling.PostLogStore(db);
            foreach (var twice in cards.Where(kv => kv.Value > 1).Select(kv => kv.Key))
                foreach (var r in log.ForPractice(twice))
                    Console.WriteLine($"     twice: {twice} {r.Kind} {r.Status} attempts {r.Attempts} claimed {r.ClaimedAt:HH:mm:ss.fff} sent {r.SentAt:HH:mm:ss.fff}");
        }
        return result;
    }
}
