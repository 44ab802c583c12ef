namespace CutoverBot.Tests.Delivery;

public sealed class DeliveryLimitsTests : IAsyncLifetime
{
    private DeliveryHarness _h = null!;

    public async Task InitializeAsync() => _h = await DeliveryHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task SendCardAsync_TwentyToOneConversation_StaysWithinPerConversationLimits()
    {
        var practice = _h.AddPractice();

        for (var i = 0; i < 20; i++) await _h.SendAsync(practice, text: "card " + i);

        var at = _h.Connector.Calls.Select(r => r.At).ToArray();
        Assert.Equal(20, at.Length);
        Assert.True(MaxInAnyWindow(at, TimeSpan.FromSeconds(1)) <= 7);
        Assert.True(MaxInAnyWindow(at, TimeSpan.FromSeconds(2)) <= 8);
        // At most 8 in any 2 s: the 17th message cannot go before 4 s.
        Assert.True(at[^1] - at[0] >= TimeSpan.FromSeconds(4), $"20 messages took {at[^1] - at[0]}");
    }

    [Fact]
    public async Task SendCardAsync_ManyPracticesInOneTenant_StayAtTheTenantLimitWithAMarginUnderTeamsFifty()
    {
        var practices = Enumerable.Range(0, 60).Select(i => _h.AddPractice($"19:team-{i}@thread.tacv2")).ToList();

        foreach (var practice in practices) await _h.SendAsync(practice);

        var at = _h.Connector.Calls.Select(r => r.At).ToArray();
        Assert.Equal(60, at.Length);
        Assert.Equal(47, MaxInAnyWindow(at, TimeSpan.FromSeconds(1)));
        Assert.True(at[^1] - at[0] >= TimeSpan.FromSeconds(1));
    }

    /// <summary>The most requests inside any half-open window [t, t + window).</summary>
    internal static int MaxInAnyWindow(IReadOnlyList<DateTimeOffset> times, TimeSpan window)
    {
        var sorted = times.Order().ToArray();
        var best = 0;
        for (int start = 0, end = 0; start < sorted.Length; start++)
        {
            while (end < sorted.Length && sorted[end] - sorted[start] < window) end++;
            best = Math.Max(best, end - start);
        }
        return best;
    }
}
