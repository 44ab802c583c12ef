namespace CutoverBot.Operations;

/// <summary>Proactive sends by outcome over one reporting period.</summary>
internal readonly record struct DeliveryCounts(long Delivered, long NotDelivered, long Gone);
