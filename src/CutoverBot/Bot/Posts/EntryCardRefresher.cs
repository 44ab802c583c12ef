using CutoverBot.Core.Cards;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Delivery;

namespace CutoverBot.Bot.Posts;

/// <summary>
/// Keeps the cards posted for an entry in step with it: the channel reply shows what is still missing (or that it is
/// complete) after the author corrects the entry in personal chat, and every copy, the author's form included, becomes
/// the removed card once it is undone or deleted. Re-rendered from the store, so the channel only ever gets the card
/// without patient details. A failed update is logged and never fails the turn that changed the entry.
/// </summary>
internal sealed class EntryCardRefresher(
    IPracticeStore practices,
    EntryPostedCards cards,
    CardRenderer renderer,
    IEntryPostStore posts,
    IProactiveSender sender,
    ILogger<EntryCardRefresher> logger)
{
    /// <summary>
    /// Updates the entry's posted cards that are out of date. <paramref name="alreadyUpdated"/> is the message the turn
    /// itself just replaced (conversation and activity id), if any.
    /// </summary>
    public async Task RefreshAsync(Guid entryId, (string? ConversationId, string? ActivityId) alreadyUpdated, CancellationToken cancellationToken)
    {
        try
        {
            var recorded = posts.ForEntry(entryId);
            if (recorded.Count == 0) return;
            // Held entries (no practice yet) live in personal chat only, and the channel of a removed bot is out of reach.
            if (cards.Find(entryId) is not { PracticeId.Length: > 0 } entry) return;
            if (practices.Find(entry.PracticeId) is not { Active: true } practice) return;

            using var budget = PostedCardUpdate.StartBudget(cancellationToken);
            string? shared = null;
            string? personal = null;
            foreach (var post in recorded)
            {
                if (IsSame(post, alreadyUpdated)) continue;
                var json = post.Shared
                    ? shared ??= renderer.Render(cards.Shared(entry))
                    : personal ??= cards.Personal(entry) is { } card ? renderer.Render(card) : null;
                if (json is null) continue;
                var hash = GoLiveCardRefresher.Hash(json);
                if (post.CardHash == hash) continue;
                if (await PostedCardUpdate.TryAsync(sender, practice, post.ConversationId, post.ActivityId, json, budget.Token) is { } reason)
                    EntryCardLog.NotUpdated(logger, entryId, practice.Id, reason);
                else
                    posts.MarkRendered(post, hash);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            EntryCardLog.Incomplete(logger, entryId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Reading or rendering failed: the change itself is saved, so the turn goes on.
            EntryCardLog.NotUpdated(logger, entryId, "", ex.GetType().Name);
        }
    }

    // Activity ids are only unique within a conversation; a channel thread's id carries ";messageid=..." after the channel's.
    private static bool IsSame(EntryPost post, (string? ConversationId, string? ActivityId) other) =>
        other.ActivityId is { Length: > 0 } activityId && activityId == post.ActivityId &&
        string.Equals(BaseConversation(other.ConversationId), BaseConversation(post.ConversationId), StringComparison.Ordinal);

    private static string BaseConversation(string? id) => id is null ? "" : id.Split(';', 2)[0];
}
