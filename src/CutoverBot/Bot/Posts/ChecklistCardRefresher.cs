using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Delivery;

namespace CutoverBot.Bot.Posts;

/// <summary>
/// Keeps today's checklist card in the practice's channel (the one the scheduler posted this morning) showing the
/// practice's ticks, whichever way they changed: typed in the channel or personal chat, or clicked on a card fetched
/// on demand or on yesterday's superseded card. The card clicked is updated by the turn itself and is skipped here.
/// </summary>
internal sealed class ChecklistCardRefresher(
    IPracticeStore practices,
    MorningPostPlanner planner,
    CardRenderer renderer,
    IPostLogStore postLog,
    IProactiveSender sender,
    TimeProvider time,
    ILogger<ChecklistCardRefresher> logger)
{
    /// <summary>
    /// Redraws today's posted checklist card of the practice. <paramref name="clicked"/> is the message the turn itself
    /// just updated (conversation and activity id), if any. Never throws into the turn except for its own cancellation.
    /// </summary>
    public async Task RefreshTodayAsync(string practiceId, (string? ConversationId, string? ActivityId) clicked, CancellationToken cancellationToken)
    {
        try
        {
            if (practices.Find(practiceId) is not { Active: true } practice) return;
            var today = LondonTime.Today(time);
            if (postLog.Find(practice.Id, MorningPostKind.ChannelChecklist, today) is not
                { Status: PostStatus.Sent, ActivityId.Length: > 0, ConversationId.Length: > 0 } post) return;
            if (IsClicked(post, clicked)) return;

            var json = renderer.Render(planner.BuildChannelCard(practice, today, superseded: false));
            using var budget = PostedCardUpdate.StartBudget(cancellationToken);
            if (await PostedCardUpdate.TryAsync(sender, practice, post.ConversationId!, post.ActivityId!, json, budget.Token) is { } reason)
                Log.ChecklistCardNotUpdated(logger, practice.Id, reason);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ChecklistRefreshIncomplete(logger, practiceId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Reading or rendering failed: the tick itself is saved, so the turn goes on.
            Log.ChecklistCardNotUpdated(logger, practiceId, ex.GetType().Name);
        }
    }

    // Activity ids are only unique within a conversation; a channel thread's id carries ";messageid=..." after the channel's.
    private static bool IsClicked(PostRecord post, (string? ConversationId, string? ActivityId) clicked) =>
        clicked.ActivityId is { Length: > 0 } activityId && activityId == post.ActivityId &&
        string.Equals(BaseConversation(clicked.ConversationId), BaseConversation(post.ConversationId), StringComparison.Ordinal);

    private static string BaseConversation(string? id) => id is null ? "" : id.Split(';', 2)[0];
}
