using System.Text.Json;
using CutoverBot.Bot.Posts;
using CutoverBot.Core.Commands;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Practices;

namespace CutoverBot.Tabs;

/// <summary>
/// "Re-entered" and "Not needed" in the personal tab: the go-live card's own actions (reentry.confirm,
/// reentry.notNeeded), run through the router as a click in the person's personal chat, so the rules, the audit
/// records and the replies are the card's; then the practice's posted go-live cards are brought up to date, as after a click.
/// </summary>
internal sealed class TabReentry(ChatCommandRouter router, GoLiveCardRefresher goLiveCards, ILogger<TabReentry> logger)
{
    public sealed record Outcome(int Status, string Message);

    public async Task<Outcome> ConfirmAsync(Practice practice, ChatUser user, Guid entryId, CancellationToken cancellationToken) =>
        await RunAsync("reentry.confirm", practice, user, new Dictionary<string, object> { ["practiceId"] = practice.Id, ["entryId"] = entryId.ToString("D") },
            cancellationToken).ConfigureAwait(false);

    public async Task<Outcome> NotNeededAsync(Practice practice, ChatUser user, Guid entryId, string reason, CancellationToken cancellationToken) =>
        await RunAsync("reentry.notNeeded", practice, user,
            new Dictionary<string, object> { ["practiceId"] = practice.Id, ["entryId"] = entryId.ToString("D"), ["reason"] = reason }, cancellationToken)
            .ConfigureAwait(false);

    private async Task<Outcome> RunAsync(string verb, Practice practice, ChatUser user, Dictionary<string, object> data, CancellationToken cancellationToken)
    {
        var context = new ChatContext(user, ConversationKind.Personal, null, practice.TenantId);
        var result = await router.HandleActionAsync(context, verb, JsonSerializer.SerializeToElement(data), cancellationToken).ConfigureAwait(false);
        if (result.StatusCode != 200) return new Outcome(result.StatusCode, result.Message ?? "That can't be done.");
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
        var message = result.Card?.Data is ReentryViewCardData view ? StatusOf(view) : null;
        return new Outcome(200, message ?? "Done.");
    }

    private static string? StatusOf(ReentryViewCardData view) => view.HasStatus ? view.StatusText : null;
}
