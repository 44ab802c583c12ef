namespace CutoverBot.Delivery;

/// <summary>
/// A reply that could not be delivered within its turn, kept in the database until the Bot Connector takes it.
/// Rows of one conversation are delivered in <see cref="Id"/> order.
/// </summary>
internal sealed class OutboxMessage
{
    /// <summary>Auto-incremented by the database, so it is also the order the replies were queued in.</summary>
    public long Id { get; set; }

    public string ConversationId { get; set; } = "";

    public string ServiceUrl { get; set; } = "";

    /// <summary>For Teams' per-tenant limit; empty when the activity did not say.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The activity as JSON, sealed (<see cref="Core.Storage.CutoverDatabase.Protect"/>): a personal reply carries patient details.</summary>
    public byte[] Payload { get; set; } = [];

    public DateTimeOffset QueuedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>
    /// Someone is sending this reply now: the turn's own send still waiting for an answer, or the deliverer that
    /// claimed it. When the send ends the sender removes the row (delivered) or releases it. On LiteDB cleared at
    /// start-up, when no sender is left to do either; on PostgreSQL a hold runs out after a lease.
    /// </summary>
    public bool Held { get; set; }

    /// <summary>What the reply is (an entry's card), for <see cref="IPostedReplyRecorder"/> once Teams has taken it; null for most.</summary>
    public string? Tag { get; set; }
}
