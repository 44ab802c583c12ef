namespace CutoverBot.Operations;

/// <summary>Counts proactive sends by outcome between two operations reports. Thread-safe.</summary>
internal sealed class DeliveryCounter
{
    private long _delivered;
    private long _notDelivered;
    private long _gone;

    public void Delivered() => Interlocked.Increment(ref _delivered);

    /// <summary>Throttled or failed after the retries.</summary>
    public void NotDelivered() => Interlocked.Increment(ref _notDelivered);

    /// <summary>The bot is no longer in the conversation (removed, uninstalled, blocked).</summary>
    public void Gone() => Interlocked.Increment(ref _gone);

    /// <summary>The counts since the last call, which start again from zero.</summary>
    public DeliveryCounts Take() =>
        new(Interlocked.Exchange(ref _delivered, 0), Interlocked.Exchange(ref _notDelivered, 0), Interlocked.Exchange(ref _gone, 0));
}
