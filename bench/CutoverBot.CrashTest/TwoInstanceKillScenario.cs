using System.Collections.Concurrent;

namespace CutoverBot.CrashTest;

/// <summary>
/// Two bot processes on one PostgreSQL database, a burst of quick entries sent alternately to both, kill -9 of the
/// first mid-burst and a restart of it while the burst goes on. A message sent to the dead instance is delivered to
/// the other, as a load balancer and Teams' redelivery would; once the first is back it takes its share again. Every
/// acknowledged entry must be stored, none twice, and the restarted instance must take entries: its share of the rest
/// of the burst, and <see cref="AfterBurst"/> more sent to it alone once it is back (on a fast machine the burst can
/// end before the restart does).
/// </summary>
internal sealed class TwoInstanceKillScenario(string botDll, CrashPostgres server, int burst, int concurrency)
{
    private const int Staff = 4;
    private const int AfterBurst = 10;

    public async Task<KillBurstResult> RunAsync(int iteration, Random random)
    {
        var folder = Path.GetDirectoryName(CrashData.NewDatabasePath($"two-{iteration:D2}"))!;
        var connectionString = server.NewDatabase($"kill{iteration:D2}");
        await using var connector = new FakeConnector();
        await connector.StartAsync();
        server.Seed(connectionString, connector.ServiceUrl, practices: 1, Staff);
        var teamId = CrashData.TeamId(0);
        var settings = server.BotSettings(connectionString);
        settings["Scheduler__Enabled"] = "false";

        var bots = await Task.WhenAll(
            BotProcess.StartAsync(botDll, Path.Combine(folder, "first.db"), settings),
            BotProcess.StartAsync(botDll, Path.Combine(folder, "second.db"), settings));
        var sides = bots.Select(b => new TeamsSide(b.BaseAddress, connector.ServiceUrl)).ToArray();
        var acknowledged = new ConcurrentDictionary<string, byte>();
        var killAt = random.Next(burst / 20, burst / 2);
        var killed = 0;
        Task? restart = null;
        connector.Accepted = post =>
        {
            if (post.Reference is null || !post.ConversationId.StartsWith(teamId + ";", StringComparison.Ordinal)) return;
            if (acknowledged.TryAdd(post.Reference, 0) && acknowledged.Count >= killAt && Interlocked.Exchange(ref killed, 1) == 0)
            {
                bots[0].Kill();
                restart = RestartFirstAsync();
            }
        };

        async Task RestartFirstAsync()
        {
            await bots[0].WaitForExitAsync();
            var again = await BotProcess.StartAsync(botDll, Path.Combine(folder, "first.db"), settings);
            Volatile.Write(ref sides[0], new TeamsSide(again.BaseAddress, connector.ServiceUrl));
            Volatile.Write(ref bots[0], again);
        }

        var sent = 0;
        var sentToRestarted = 0;
        var takenByRestarted = 0;
        var firstSide = sides[0];
        await Parallel.ForAsync(0, burst, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (n, _) =>
        {
            Interlocked.Increment(ref sent);
            var message = sides[0].ChannelMessage(teamId, n % Staff, TeamsSide.QuickEntry(n));
            var first = n % 2;
            var side = Volatile.Read(ref sides[first]);
            // The side in hand, not the restart's state now: the restart may complete between the two reads.
            var restartedSide = first == 0 && !ReferenceEquals(side, firstSide);
            if (restartedSide) Interlocked.Increment(ref sentToRestarted);
            if (await side.SendAsync(message))
            {
                if (restartedSide) Interlocked.Increment(ref takenByRestarted);
                return;
            }
            // The instance did not answer: the same activity goes to the other one.
            await Volatile.Read(ref sides[1 - first]).SendAsync(message);
        });
        if (restart is not null)
        {
            await restart;
            for (var n = burst; n < burst + AfterBurst; n++)
            {
                sent++;
                sentToRestarted++;
                var ackedBefore = acknowledged.Count;
                // Answered, and its reply (with the reference) reached the connector before the answer.
                if (await sides[0].SendAsync(sides[0].ChannelMessage(teamId, n % Staff, TeamsSide.QuickEntry(n))) && acknowledged.Count > ackedBefore) takenByRestarted++;
            }
        }
        connector.Accepted = null;
        foreach (var bot in bots)
        {
            await bot.StopAsync();
            await bot.DisposeAsync();
        }
        foreach (var side in sides) side.Dispose();

        var stored = server.StoredReferences(connectionString, teamId);
        var byPatient = server.StoredByPatient(connectionString, teamId);
        var missing = acknowledged.Keys.Count(r => !stored.ContainsKey(r));
        var doubled = stored.Count(kv => kv.Key.Length > 0 && kv.Value > 1) + byPatient.Count(kv => kv.Value > 1);
        // No kill (the burst too short to reach it) is a failure too: nothing was proved.
        var result = new KillBurstResult(sent, acknowledged.Count, stored.Values.Sum(), missing, doubled, restart is null ? 1 : sentToRestarted, takenByRestarted);
        if (result.Passed) TryDelete(folder);
        else Console.WriteLine($"     kept for a look: {folder} and database {server.Keep(connectionString)}");
        return result;
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
