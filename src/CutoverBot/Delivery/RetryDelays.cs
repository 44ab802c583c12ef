namespace CutoverBot.Delivery;

/// <summary>Exponential backoff with jitter, so that many practices throttled at once do not retry in step.</summary>
internal static class RetryDelays
{
    /// <summary>
    /// The wait before attempt <paramref name="attempt"/> + 1: base x 2^(attempt-1), capped, then scaled by a random
    /// factor in [0.5, 1).
    /// </summary>
    public static TimeSpan Backoff(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponent = Math.Min(attempt - 1, 20);
        var raw = baseDelay.TotalMilliseconds * Math.Pow(2, exponent);
        var capped = Math.Min(raw, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + 0.5 * random));
    }
}
