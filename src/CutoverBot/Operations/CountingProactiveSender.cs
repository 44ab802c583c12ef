using CutoverBot.Core.Practices;
using CutoverBot.Delivery;

namespace CutoverBot.Operations;

/// <summary>Counts the outcome of every proactive send and update for the operations report; sends nothing itself.</summary>
internal sealed class CountingProactiveSender(IProactiveSender inner, DeliveryCounter counter) : IProactiveSender
{
    public async Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, CancellationToken cancellationToken) =>
        Count(await inner.SendCardAsync(practice, recipientUserId, cardJson, cancellationToken));

    public async Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, Action<bool> onWire, CancellationToken cancellationToken) =>
        Count(await inner.SendCardAsync(practice, recipientUserId, cardJson, onWire, cancellationToken));

    public async Task<SendResult> UpdateCardAsync(Practice practice, string conversationId, string activityId, string cardJson, CancellationToken cancellationToken) =>
        Count(await inner.UpdateCardAsync(practice, conversationId, activityId, cardJson, cancellationToken));

    private SendResult Count(SendResult result)
    {
        switch (result.Outcome)
        {
            case SendOutcome.Sent: counter.Delivered(); break;
            case SendOutcome.Gone: counter.Gone(); break;
            default: counter.NotDelivered(); break;
        }
        return result;
    }
}
