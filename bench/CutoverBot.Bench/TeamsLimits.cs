using System.Diagnostics;

namespace CutoverBot.Bench;

/// <summary>
/// Teams' proactive limits as the fake connector enforces them (7 a second per conversation, 50 a second per tenant,
/// every request counted, refused ones too), plus the faults it injects: a share of posts answered 429 with Retry-After
/// and a share 503, from a fixed seed so runs are comparable.
/// </summary>
internal sealed class TeamsLimits(double throttledShare, double unavailableShare)
{
    public const int PerConversationPerSecond = 7;
    public const int PerTenantPerSecond = 50;

    private readonly Lock _lock = new();
    private readonly Queue<long> _tenant = new();
    private readonly Dictionary<string, Queue<long>> _conversations = new(StringComparer.Ordinal);
    private readonly Random _random = new(20_260_310);

    public int OverLimit { get; private set; }
    public int InjectedThrottles { get; private set; }
    public int InjectedUnavailable { get; private set; }

    /// <summary>The status to answer this request with: 0 to accept it.</summary>
    public int Judge(string conversationId)
    {
        var now = Stopwatch.GetTimestamp();
        var second = Stopwatch.Frequency;
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation)) _conversations[conversationId] = conversation = new Queue<long>();
            Trim(_tenant, now - second);
            Trim(conversation, now - second);
            var over = _tenant.Count >= PerTenantPerSecond || conversation.Count >= PerConversationPerSecond;
            _tenant.Enqueue(now);
            conversation.Enqueue(now);
            if (over)
            {
                OverLimit++;
                return 429;
            }
            var roll = _random.NextDouble();
            if (roll < throttledShare)
            {
                InjectedThrottles++;
                return 429;
            }
            if (roll < throttledShare + unavailableShare)
            {
                InjectedUnavailable++;
                return 503;
            }
            return 0;
        }
    }

    private static void Trim(Queue<long> log, long before)
    {
        while (log.Count > 0 && log.Peek() <= before) log.Dequeue();
    }
}
