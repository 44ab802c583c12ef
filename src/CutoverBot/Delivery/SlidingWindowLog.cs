namespace CutoverBot.Delivery;

/// <summary>
/// The recent request times of one conversation or tenant, checked against several sliding windows at once (Teams
/// states its per-conversation limit as 7 a second, 8 in 2 s, 60 in 30 s and 1,800 an hour: all must hold). Not
/// thread-safe; <see cref="DeliveryLimiter"/> locks around it. Why not System.Threading.RateLimiting: see
/// <see cref="DeliveryLimiter"/>.
/// </summary>
internal sealed class SlidingWindowLog(IReadOnlyList<RateRule> rules)
{
    private readonly List<DateTimeOffset> _times = [];
    private readonly TimeSpan _longest = rules.Max(r => r.Window);

    /// <summary>How long until one more request fits every window (zero when it fits now).</summary>
    public TimeSpan WaitBeforeNext(DateTimeOffset now)
    {
        Prune(now);
        var wait = TimeSpan.Zero;
        foreach (var rule in rules)
        {
            var inWindow = _times.Count - FirstAfter(now - rule.Window);
            if (inWindow < rule.Limit) continue;
            // The request that must leave the window before one more fits.
            var leaving = _times[_times.Count - rule.Limit];
            var ruleWait = leaving + rule.Window - now;
            if (ruleWait > wait) wait = ruleWait;
        }
        return wait;
    }

    public void Record(DateTimeOffset now) => _times.Add(now);

    public bool IsIdle(DateTimeOffset now)
    {
        Prune(now);
        return _times.Count == 0;
    }

    private void Prune(DateTimeOffset now)
    {
        var keepFrom = FirstAfter(now - _longest);
        if (keepFrom > 0) _times.RemoveRange(0, keepFrom);
    }

    // Times are recorded in order, so the ones inside a window are a suffix of the list.
    private int FirstAfter(DateTimeOffset boundary)
    {
        int lo = 0, hi = _times.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_times[mid] > boundary) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}
