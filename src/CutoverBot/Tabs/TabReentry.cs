using CutoverBot.Bot.Posts;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Progress;

namespace CutoverBot.Tabs;

/// <summary>
/// Confirmations from the personal tab (the go-live card's own actions, <see cref="TabConfirmations"/>), then the
/// practice's posted go-live cards brought up to date, as after a click on the card.
/// </summary>
internal sealed class TabReentry(TabConfirmations confirmations, GoLiveCardRefresher goLiveCards, ILogger<TabReentry> logger)
{
    public sealed record ConfirmationOutcome(int Status, string Message);

    public Task<ConfirmationOutcome> ConfirmAsync(Practice practice, ChatUser user, Guid entryId, CancellationToken cancellationToken) =>
        FinishAsync(confirmations.Confirm(practice, user, entryId), cancellationToken);

    public Task<ConfirmationOutcome> NotNeededAsync(Practice practice, ChatUser user, Guid entryId, string reason, CancellationToken cancellationToken) =>
        FinishAsync(confirmations.NotNeeded(practice, user, entryId, reason), cancellationToken);

    private async Task<ConfirmationOutcome> FinishAsync(CardActionResult result, CancellationToken cancellationToken)
    {
        if (result.StatusCode != 200) return new ConfirmationOutcome(result.StatusCode, result.Message ?? "That can't be done.");
        if (result.ReentryChangedFor is { } changed)
        {
            try
            {
                await goLiveCards.RefreshAsync(changed, null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The confirmation is saved; a card that could not be redrawn now follows on the next change or morning.
                TabsLog.RefreshFailed(logger, ex.GetType().Name);
            }
        }
        return new ConfirmationOutcome(200, TabConfirmations.StatusOf(result) ?? "Done.");
    }
}
