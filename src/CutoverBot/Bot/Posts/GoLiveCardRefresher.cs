using System.Security.Cryptography;
using System.Text;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Delivery;

namespace CutoverBot.Bot.Posts;

/// <summary>
/// Keeps the go-live cards posted in a practice's channel showing current progress: those posted by summary and the
/// one the scheduler posted on go-live morning (until the next morning supersedes it). Re-rendered from the store, so
/// only the shared card (counts, references, mentions) ever goes there, whatever the confirmation came from.
/// </summary>
internal sealed class GoLiveCardRefresher(
    IPracticeStore practices,
    GoLiveMorning morning,
    CardRenderer renderer,
    IGoLivePostStore posts,
    IPostLogStore postLog,
    IProactiveSender sender,
    TimeProvider time,
    ILogger<GoLiveCardRefresher> logger)
{
    /// <summary>The go-live card for the practice as of today, as the channel should see it.</summary>
    public string RenderShared(Practice practice) => renderer.Render(morning.ChannelCard(practice, LondonTime.Today(time)));

    /// <summary>Remembers a go-live card just posted in the practice's channel.</summary>
    public void Remember(string practiceId, string conversationId, string activityId, string cardJson) =>
        posts.Remember(practiceId, conversationId, activityId, Hash(cardJson), time.GetUtcNow());

    /// <summary>
    /// Updates the practice's posted go-live cards whose content is out of date. <paramref name="alreadyUpdatedActivityId"/>
    /// is the message the turn itself just updated (the card clicked).
    /// </summary>
    public async Task RefreshAsync(string practiceId, string? alreadyUpdatedActivityId, CancellationToken cancellationToken)
    {
        if (practices.Find(practiceId) is not { Active: true } practice) return;
        var remembered = posts.Recent(practiceId);
        var morningPost = GoLiveMorningPost(practice);
        if (remembered.Count == 0 && morningPost is null) return;

        using var budget = PostedCardUpdate.StartBudget(cancellationToken);
        var json = RenderShared(practice);
        var hash = Hash(json);
        try
        {
            foreach (var post in remembered)
            {
                if (post.ActivityId == alreadyUpdatedActivityId || post.CardHash == hash)
                {
                    if (post.CardHash != hash) posts.MarkRendered(post, hash);
                    continue;
                }
                if (await UpdateAsync(practice, post.ConversationId, post.ActivityId, json, budget.Token))
                    posts.MarkRendered(post, hash);
            }
            if (morningPost is { } m && m.ActivityId != alreadyUpdatedActivityId && remembered.All(p => p.ActivityId != m.ActivityId))
                await UpdateAsync(practice, m.ConversationId!, m.ActivityId!, json, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.GoLiveRefreshIncomplete(logger, practiceId);
        }
    }

    /// <summary>The go-live card the scheduler posted on go-live morning; it is never superseded, so it stays live.</summary>
    private PostRecord? GoLiveMorningPost(Practice practice) =>
        practice.GoLiveDate is { } goLive &&
        postLog.Find(practice.Id, MorningPostKind.GoLiveChannel, goLive) is
            { Status: PostStatus.Sent, ActivityId.Length: > 0, ConversationId.Length: > 0 } record
            ? record
            : null;

    private async Task<bool> UpdateAsync(Practice practice, string conversationId, string activityId, string json, CancellationToken cancellationToken)
    {
        if (await PostedCardUpdate.TryAsync(sender, practice, conversationId, activityId, json, cancellationToken) is not { } reason)
            return true;
        Log.GoLiveCardNotUpdated(logger, practice.Id, reason);
        return false;
    }

    public static string Hash(string json) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
