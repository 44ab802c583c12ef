using System.Collections.Concurrent;

namespace CutoverBot.CrashTest;

/// <summary>
/// Kill -9 in the middle of a burst of quick entries, then restart on the same database: every entry whose reply
/// reached the connector must be stored, the database must open, and new entries must still be taken in.
/// </summary>
internal sealed class KillBurstScenario(string botDll, int burst, int concurrency)
{
    private const int Staff = 4;
    private const int AfterRestart = 10;

    public async Task<KillBurstResult> RunAsync(int iteration, Random random)
    {
        var databasePath = CrashData.NewDatabasePath($"kill-{iteration:D2}");
        await using var connector = new FakeConnector();
        await connector.StartAsync();
        CrashData.Seed(databasePath, connector.ServiceUrl, practices: 1, Staff);
        var teamId = CrashData.TeamId(0);

        var acknowledged = new ConcurrentDictionary<string, byte>();
        var killAt = random.Next(burst / 20, burst - burst / 20);
        var bot = await BotProcess.StartAsync(botDll, databasePath, Quiet);
        // The reply is counted as reaching Teams before it is answered, and the bot is killed from inside that call.
        connector.Accepted = post =>
        {
            if (post.Reference is null || !post.ConversationId.StartsWith(teamId + ";", StringComparison.Ordinal)) return;
            if (acknowledged.TryAdd(post.Reference, 0) && acknowledged.Count >= killAt) bot.Kill();
        };

        var sent = 0;
        using (var teams = new TeamsSide(bot.BaseAddress, connector.ServiceUrl))
        {
            await Parallel.ForAsync(0, burst, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (n, _) =>
            {
                if (bot.HasExited) return;
                Interlocked.Increment(ref sent);
                await teams.SendAsync(teams.ChannelMessage(teamId, n % Staff, TeamsSide.QuickEntry(n)));
            });
        }
        await bot.WaitForExitAsync();
        await bot.DisposeAsync();
        connector.Accepted = null;
        var ackedBeforeKill = acknowledged.Keys.ToHashSet(StringComparer.Ordinal);

        // Restart on the same file: it must open, and take new entries.
        connector.Clear();
        var restarted = await BotProcess.StartAsync(botDll, databasePath, Quiet);
        var addedAfter = 0;
        using (var teams = new TeamsSide(restarted.BaseAddress, connector.ServiceUrl))
        {
            for (var n = 0; n < AfterRestart; n++)
            {
                if (await teams.SendAsync(teams.ChannelMessage(teamId, n % Staff, TeamsSide.QuickEntry(burst + n)))) addedAfter++;
            }
        }
        var repliedAfter = connector.Posts.Count(p => p.Reference is not null && p.ConversationId.StartsWith(teamId + ";", StringComparison.Ordinal));
        await restarted.StopAsync();
        await restarted.DisposeAsync();

        var stored = CrashData.StoredReferences(databasePath, teamId);
        var missing = ackedBeforeKill.Count(r => !stored.ContainsKey(r));
        // An entry is saved before it gets its reference: one killed in between is stored without one, and was never acknowledged.
        var doubled = stored.Count(kv => kv.Key.Length > 0 && kv.Value > 1);
        var result = new KillBurstResult(sent, ackedBeforeKill.Count, stored.Values.Sum() - Math.Min(addedAfter, repliedAfter), missing, doubled,
            AfterRestart, Math.Min(addedAfter, repliedAfter));
        if (result.Passed) TryDelete(databasePath);
        else Console.WriteLine($"     kept for a look: {databasePath}");
        return result;
    }

    private static readonly Dictionary<string, string> Quiet = new() { ["Scheduler__Enabled"] = "false" };

    private static void TryDelete(string databasePath)
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(databasePath)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
