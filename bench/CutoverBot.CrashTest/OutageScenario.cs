using System.Diagnostics;

namespace CutoverBot.CrashTest;

/// <summary>
/// The Bot Connector answers 503 for the first third of the outage and nothing at all (dropped connections) for the
/// rest, while staff keep logging and the morning cards fall due; then it comes back. Every entry must be stored once,
/// every reply and card delivered once, and no turn may keep Teams waiting 15 seconds.
/// </summary>
internal sealed class OutageScenario(string botDll, int outageSeconds)
{
    private const int Practices = 21;
    private const int Entries = 60;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(120);

    public async Task<OutageResult> RunAsync()
    {
        var databasePath = CrashData.NewDatabasePath("outage");
        await using var connector = new FakeConnector();
        await connector.StartAsync();
        CrashData.Seed(databasePath, connector.ServiceUrl, Practices, staff: 4);
        var teamId = CrashData.TeamId(0);
        connector.Mode = ConnectorMode.ServiceUnavailable;
        var bot = await BotProcess.StartAsync(botDll, databasePath, new Dictionary<string, string>
        {
            ["Scheduler__RetryInterval"] = "00:00:10", ["Scheduler__MaxAttemptsPerDay"] = "50",
            ["Logging__LogLevel__CutoverBot.Delivery.OutboxDeliverer"] = "Information",
        });
        var outage = Stopwatch.StartNew();
        var modes = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(outageSeconds / 3.0));
            connector.Mode = ConnectorMode.Hang;
            await Task.Delay(TimeSpan.FromSeconds(outageSeconds * 2 / 3.0));
            connector.Mode = ConnectorMode.Up;
        });

        using var teams = new TeamsSide(bot.BaseAddress, connector.ServiceUrl);
        var answered = 0;
        var sends = Enumerable.Range(0, Entries).Select(async n =>
        {
            await Task.Delay(TimeSpan.FromSeconds(outageSeconds * (double)n / Entries));
            // Every tenth message is delivered twice, as Teams does when it thinks a turn went unanswered.
            if (await teams.SendAsync(teams.ChannelMessage(teamId, n % 4, TeamsSide.QuickEntry(n)), redeliverAnyway: n % 10 == 0)) Interlocked.Increment(ref answered);
        }).ToList();
        await Task.WhenAll(sends);
        await modes;
        var back = Stopwatch.StartNew();
        Console.WriteLine($"   connector back after {outage.Elapsed.TotalSeconds:F1} s; waiting for the backlog");

        // Wait for the backlog: one reply in each message's thread, and every practice's morning card.
        TimeSpan? drained = null;
        while (back.Elapsed < Settle)
        {
            var (replies, cards) = Count(connector, teamId);
            if (replies.Count >= Entries && cards.Count >= Practices)
            {
                drained = back.Elapsed;
                break;
            }
            await Task.Delay(250);
        }
        Console.WriteLine($"   backlog {(drained is null ? "not delivered" : "delivered")} after {back.Elapsed.TotalSeconds:F1} s; stopping the bot");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (threadReplies, morningCards) = Count(connector, teamId);
        await bot.StopAsync();
        await bot.DisposeAsync();

        var stored = CrashData.StoredByPatient(databasePath, teamId);
        return new OutageResult(outageSeconds, Entries, answered, teams.Redelivered, teams.Slowest, connector.Refused,
            stored.Count, stored.Count(kv => kv.Value > 1), threadReplies.Count, threadReplies.Count(kv => kv.Value > 1),
            Practices, morningCards.Count, morningCards.Count(kv => kv.Value > 1), drained);
    }

    /// <summary>Replies naming an entry, per message thread; top-level cards, per practice channel.</summary>
    private static (Dictionary<string, int> Replies, Dictionary<string, int> Cards) Count(FakeConnector connector, string teamId)
    {
        var posts = connector.Posts.ToList();
        var replies = posts.Where(p => p.Reference is not null && p.ConversationId.StartsWith(teamId + ";", StringComparison.Ordinal))
            .GroupBy(p => p.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var cards = posts.Where(p => p.IsCard && p.ConversationId.StartsWith("19:crash-", StringComparison.Ordinal) && !p.ConversationId.Contains(';', StringComparison.Ordinal))
            .GroupBy(p => p.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        return (replies, cards);
    }
}
