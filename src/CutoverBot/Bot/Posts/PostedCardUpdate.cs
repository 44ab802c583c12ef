using CutoverBot.Core.Practices;
using CutoverBot.Delivery;

namespace CutoverBot.Bot.Posts;

/// <summary>
/// How both card refreshers replace a card already posted in a channel from inside someone's turn: within a short time
/// budget, and never throwing into the turn (only cancellation ends it early), so a click or a tick is answered whatever
/// the channel is doing.
/// </summary>
internal static class PostedCardUpdate
{
    /// <summary>A turn must not wait long on a throttled channel; the next change catches the card up.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(8);

    /// <summary>The caller's token, also cancelled once the budget is spent.</summary>
    public static CancellationTokenSource StartBudget(CancellationToken cancellationToken)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        return budget;
    }

    /// <summary>Null when the card was replaced; otherwise why not (the send outcome or the exception type), safe to log.</summary>
    public static async Task<string?> TryAsync(IProactiveSender sender, Practice practice, string conversationId, string activityId, string cardJson, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.UpdateCardAsync(practice, conversationId, activityId, cardJson, cancellationToken);
            return result.Outcome == SendOutcome.Sent ? null : result.Outcome.ToString();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Exception messages can carry request content; the type is enough to tell what went wrong.
            return ex.GetType().Name;
        }
    }
}
