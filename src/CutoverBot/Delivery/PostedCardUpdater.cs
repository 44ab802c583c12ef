using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Delivery;

/// <summary>
/// Updates a morning card already posted (found in the post log), so a tick typed or clicked anywhere shows on the
/// shared card for everyone.
/// </summary>
public sealed class PostedCardUpdater(PostLogStore postLog, IProactiveSender sender, ICardJsonRenderer renderer)
{
    /// <summary>Null when no card of that kind was posted for the practice on that London date.</summary>
    public async Task<SendResult?> UpdateAsync(Practice practice, MorningPostKind kind, DateOnly date, CardReply card, CancellationToken cancellationToken)
    {
        var record = postLog.Find(practice.Id, kind, date);
        if (record is not { Status: PostStatus.Sent, ActivityId: { Length: > 0 } activityId, ConversationId: { Length: > 0 } conversationId }) return null;
        return await sender.UpdateCardAsync(practice, conversationId, activityId, renderer.Render(card), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The go-live card the scheduler posted on go-live morning (kind <see cref="MorningPostKind.GoLiveChannel"/>), with
    /// <paramref name="card"/>'s latest progress; null when none was posted.
    /// </summary>
    public Task<SendResult?> UpdateGoLiveCardAsync(Practice practice, CardReply card, CancellationToken cancellationToken) =>
        practice.GoLiveDate is { } goLive
            ? UpdateAsync(practice, MorningPostKind.GoLiveChannel, goLive, card, cancellationToken)
            : Task.FromResult<SendResult?>(null);
}
