using CutoverBot.Core.Practices;

namespace CutoverBot.Delivery;

/// <summary>Sends and updates cards outside a user's turn. An interface so the scheduler's tests can record sends.</summary>
public interface IProactiveSender
{
    /// <summary>
    /// Posts a card: a new top-level post in the practice's channel when <paramref name="recipientUserId"/> is null,
    /// otherwise in that user's personal chat with the bot (created when the bot has none yet).
    /// </summary>
    Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, CancellationToken cancellationToken);

    /// <summary>
    /// As above, telling <paramref name="onWire"/> (true) just before each request that posts the card goes to the Bot
    /// Connector, and (false) when one comes back failed. No default body: a decorator that fell back to the overload
    /// above would drop the signal, and a morning post killed mid-send would then be sent twice after a restart.
    /// </summary>
    Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, Action<bool> onWire, CancellationToken cancellationToken);

    /// <summary>Replaces a posted card in place (ticks, or the superseded version of yesterday's card).</summary>
    Task<SendResult> UpdateCardAsync(Practice practice, string conversationId, string activityId, string cardJson, CancellationToken cancellationToken);
}
