using CutoverBot.Timing;
using Microsoft.Extensions.Options;

namespace CutoverBot.Delivery;

/// <summary>
/// Paces requests to the Bot Connector within Teams' limits: per conversation, and per tenant (many NHSmail practices
/// share one tenant, so their mornings draw on one budget). Each request waits until both allow it. With several
/// instances on PostgreSQL the tenant's budget is also checked in the shared window (<see cref="ISharedTenantWindow"/>),
/// so it holds across them; the per-conversation windows stay per instance.
/// </summary>
/// <remarks>
/// Our own windows rather than System.Threading.RateLimiting's (checked against its source, .NET 10): its limiters take
/// no <see cref="TimeProvider"/> (dotnet/runtime#106447, open), so neither the scheduler's clock nor a test's fake clock
/// could drive them; its sliding window counts in segments, so it is not the exact "n in any s seconds" Teams enforces;
/// and a chained limiter that is refused by its second limiter has already spent the first one's permit (the leases
/// it disposes are not given back by a replenishing limiter), which would count a conversation's post that never left.
/// </remarks>
public sealed class DeliveryLimiter(DelayClock clock, IOptions<DeliveryOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SlidingWindowLog> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingWindowLog> _tenants = new(StringComparer.Ordinal);
    private readonly RateRule[] _conversationRules =
    [
        new(options.Value.PerConversationPerSecond, TimeSpan.FromSeconds(1)),
        new(options.Value.PerConversationPer2Seconds, TimeSpan.FromSeconds(2)),
        new(options.Value.PerConversationPer30Seconds, TimeSpan.FromSeconds(30)),
        new(options.Value.PerConversationPerHour, TimeSpan.FromHours(1)),
    ];
    private readonly RateRule[] _tenantRules = [new(options.Value.PerTenantPerSecond, TimeSpan.FromSeconds(1))];
    private readonly ISharedTenantWindow? _shared;

    /// <summary>The limiter of one of several instances: the tenant's budget is shared through <paramref name="shared"/>.</summary>
    public DeliveryLimiter(DelayClock clock, IOptions<DeliveryOptions> options, ISharedTenantWindow shared) : this(clock, options) => _shared = shared;

    /// <summary>Waits until one more request to this conversation in this tenant is within the limits, and counts it.</summary>
    public async Task AcquireAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = clock.UtcNow;
                var conversation = LogFor(_conversations, conversationId, _conversationRules, now);
                var tenant = LogFor(_tenants, tenantId, _tenantRules, now);
                wait = Max(conversation.WaitBeforeNext(now), tenant.WaitBeforeNext(now));
                // Asked last, and inside the lock, so that the shared budget is spent only by a request that then goes:
                // nothing else here can refuse it once the other instances have counted it.
                if (wait == TimeSpan.Zero && _shared is not null) wait = _shared.TryTake(tenantId, _tenantRules[0], now);
                if (wait == TimeSpan.Zero)
                {
                    conversation.Record(now);
                    tenant.Record(now);
                    return;
                }
            }
            await clock.DelayAsync(wait, cancellationToken);
        }
    }

    private static SlidingWindowLog LogFor(Dictionary<string, SlidingWindowLog> logs, string key, RateRule[] rules, DateTimeOffset now)
    {
        if (logs.TryGetValue(key, out var log)) return log;
        // Forget conversations with nothing in their windows, so a long-running bot does not keep one per message ever sent.
        if (logs.Count >= 10_000)
        {
            foreach (var idle in logs.Where(kv => kv.Value.IsIdle(now)).Select(kv => kv.Key).ToList()) logs.Remove(idle);
        }
        log = new SlidingWindowLog(rules);
        logs[key] = log;
        return log;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
