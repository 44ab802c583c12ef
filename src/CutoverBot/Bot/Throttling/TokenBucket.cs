namespace CutoverBot.Bot.Throttling;

/// <summary>Holds up to a minute's allowance and refills it evenly over the minute. Not thread-safe: <see cref="TurnThrottle"/> locks.</summary>
internal sealed class TokenBucket(int perMinute, DateTimeOffset now)
{
    private double _tokens = perMinute;
    private DateTimeOffset _refilledAt = now;

    public bool HasToken(DateTimeOffset now)
    {
        Refill(now);
        return _tokens >= 1;
    }

    public void Take() => _tokens -= 1;

    /// <summary>Full again: nothing is lost by forgetting it.</summary>
    public bool IsFull(DateTimeOffset now)
    {
        Refill(now);
        return _tokens >= perMinute;
    }

    private void Refill(DateTimeOffset now)
    {
        var elapsed = now - _refilledAt;
        if (elapsed <= TimeSpan.Zero) return;
        _tokens = Math.Min(perMinute, _tokens + elapsed.TotalMinutes * perMinute);
        _refilledAt = now;
    }
}
