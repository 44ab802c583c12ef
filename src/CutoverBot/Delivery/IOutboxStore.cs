using Microsoft.Bot.Schema;

namespace CutoverBot.Delivery;

/// <summary>
/// Replies waiting for the Bot Connector, in the bot's database so a restart does not lose them. A row is sent by whoever
/// holds it: the turn that queued it while its own send is still waiting for an answer, or a deliverer that claimed it
/// (<see cref="TryClaim"/>); only the oldest row of a conversation can be claimed, so replies arrive in order.
/// <see cref="OutboxStore"/> (LiteDB, one process) and <see cref="PostgreSql.PostgresOutboxStore"/> (any instance).
/// </summary>
internal interface IOutboxStore
{
    /// <summary>Raised after a row is added or released by this instance, so its deliverer can look at once.</summary>
    event Action? Changed;

    int Count { get; }

    /// <summary>
    /// How long a deliverer with nothing to send waits before it looks again (it is woken at once by this instance's own
    /// rows): long where one process writes the outbox, short where another instance may queue a row and then stop.
    /// </summary>
    TimeSpan IdleLook { get; }

    /// <summary>Whether the conversation has replies waiting, so a turn's reply must queue behind them.</summary>
    bool HasPending(string conversationId);

    /// <summary>Queues a reply, sealed; <paramref name="held"/> when the turn's own send of it is still running.</summary>
    long Add(Activity activity, string tenantId, bool held, DateTimeOffset now, string? tag = null);

    /// <summary>The holder's send failed: the row is free for any deliverer again.</summary>
    void Release(long id);

    /// <summary>
    /// Claims the row for this instance's deliverer. False when it is gone, held by another sender, or no longer its
    /// conversation's oldest; then it is not this deliverer's to send.
    /// </summary>
    bool TryClaim(OutboxMessage row);

    /// <summary>Removes a row the caller holds (delivered, or dropped).</summary>
    void Remove(OutboxMessage row);

    void Remove(long id);

    /// <summary>The tag a row was queued with, read before the row is removed; null when it has none or is gone.</summary>
    string? TagOf(long id);

    void RecordAttempt(OutboxMessage row);

    /// <summary>
    /// The oldest row of each conversation, when nobody holds it: the only rows that may be delivered now, so replies
    /// arrive in the order they were written.
    /// </summary>
    IReadOnlyList<OutboxMessage> Heads();

    /// <summary>The queued activity, opened.</summary>
    Activity Open(OutboxMessage row);
}
