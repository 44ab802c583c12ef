using System.Globalization;
using System.Text.RegularExpressions;
using CutoverBot.Delivery;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Delivery;

/// <summary>How long the sender waits between tries when Teams throttles without saying for how long.</summary>
public sealed class RetryBackoffTests
{
    [Fact]
    public async Task SendCardAsync_429sWithoutRetryAfter_WaitsNoLongerThanTheCapThenSends()
    {
        // Base 1 s doubling would reach 8 s before the fifth try; the cap keeps every wait within 2 s.
        var options = new DeliveryOptions { MaxAttempts = 5, BaseRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(2) };
        await using var h = await DeliveryHarness.StartAsync(options);
        var practice = h.AddPractice();
        h.Connector.Script.Enqueue(new ScriptedReply(429), new ScriptedReply(429), new ScriptedReply(429), new ScriptedReply(429));

        var result = await h.SendAsync(practice);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var at = h.Connector.Calls.Select(c => c.At).ToArray();
        Assert.Equal(5, at.Length);
        for (var i = 1; i < at.Length; i++)
        {
            var full = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, i - 1), 2));
            Assert.InRange(at[i] - at[i - 1], full / 2, full);
        }
    }

    [Fact]
    public async Task SendCardAsync_ManyPracticesThrottledAtOnce_DoNotRetryInStep()
    {
        await using var h = await DeliveryHarness.StartAsync();
        var practices = Enumerable.Range(1, 20).Select(i => h.AddPractice($"19:team-{i:00}@thread.tacv2")).ToList();
        // Every practice's first post is throttled with no Retry-After, as a busy tenant's morning can be.
        // Concurrent: the connector answers the twenty posts at once (a HashSet here, shared unguarded, once let a practice
        // be throttled twice and the count came out at 42).
        var throttled = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>();
        h.Connector.Script.Rule = call => call.IsNewPost && throttled.TryAdd(call.ConversationId!, 0) ? new ScriptedReply(429) : null;

        var results = await h.Driver.RunAsync(Task.WhenAll(practices.Select(p =>
            h.Sender.SendCardAsync(p, null, DeliveryHarness.Card("today"), CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(SendOutcome.Sent, r.Outcome));
        Assert.Equal(40, h.Connector.Calls.Count);
        // The waits each sender chose (read from its log: with twenty sends in flight at once the fake clock runs ahead of
        // the connector's arrival times). With jitter they spread over the backoff window instead of landing together.
        var waits = h.Logs.Lines.Select(l => Regex.Match(l, @"retrying in (\S+) \(attempt 1\)")).Where(m => m.Success)
            .Select(m => TimeSpan.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(20, waits.Count);
        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)));
        Assert.True(waits.Distinct().Count() >= 15, $"Only {waits.Distinct().Count()} different waits for 20 practices.");
        Assert.True(waits.Max() - waits.Min() >= TimeSpan.FromMilliseconds(100));
    }
}
