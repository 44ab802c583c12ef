namespace CutoverBot.Delivery;

/// <summary>At most <paramref name="Limit"/> requests in any <paramref name="Window"/>.</summary>
public readonly record struct RateRule(int Limit, TimeSpan Window);
