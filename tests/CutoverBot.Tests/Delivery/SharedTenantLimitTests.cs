using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Delivery;
using CutoverBot.Delivery.PostgreSql;
using CutoverBot.Tests.Postgres;
using CutoverBot.Timing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Delivery;

/// <summary>
/// Two instances on one PostgreSQL database posting to one NHSmail tenant: together they stay at the tenant limit (47 a
/// second), where each on its own would send 47 and the tenant would see 94.
/// </summary>
public sealed class SharedTenantLimitTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private const string Tenant = "tenant-nhsmail";
    private readonly PostgresDatabase _one = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly PostgresDatabase _two = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 11, 8, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _one.Dispose();
        _two.Dispose();
    }

    [Fact]
    public async Task AcquireAsync_TwoInstancesSendingToOneTenant_FortySevenASecondBetweenThem()
    {
        var clock = new DelayClock(_time);
        var options = Options.Create(new DeliveryOptions());
        var instances = new[]
        {
            new DeliveryLimiter(clock, options, new PostgresTenantWindow(_one)),
            new DeliveryLimiter(clock, options, new PostgresTenantWindow(_two)),
        };
        var start = _time.GetUtcNow();
        var sentAt = new List<DateTimeOffset>();
        var sends = Enumerable.Range(0, 120).Select(i => Task.Run(async () =>
        {
            // Each practice its own channel: only the tenant's limit applies.
            await instances[i % 2].AcquireAsync(Tenant, $"19:channel-{i}@thread.tacv2", CancellationToken.None);
            lock (sentAt) sentAt.Add(_time.GetUtcNow());
        })).ToList();

        Assert.Equal(47, await SettledCount(sentAt));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(94, await SettledCount(sentAt));
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(sends);

        Assert.Equal(47, DeliveryLimitsTests.MaxInAnyWindow(sentAt, TimeSpan.FromSeconds(1)));
        Assert.Equal(start.AddSeconds(2), sentAt.Max());
    }

    // How many requests have gone once the rest are all waiting for the clock (no count changes for a while).
    private static async Task<int> SettledCount(List<DateTimeOffset> sentAt)
    {
        int Count()
        {
            lock (sentAt) return sentAt.Count;
        }
        var (last, stableSince) = (-1, DateTime.UtcNow);
        while (DateTime.UtcNow - stableSince < TimeSpan.FromMilliseconds(400))
        {
            await Task.Delay(20);
            if (Count() != last) (last, stableSince) = (Count(), DateTime.UtcNow);
        }
        return last;
    }
}
