using CutoverBot.Activities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CutoverBot.Delivery;

/// <summary>
/// Delivers a turn's replies within a time budget, so the HTTP answer to Teams comes back well inside the ~15 seconds
/// after which Teams gives up and may deliver the message again. A reply the Bot Connector will not take in time
/// (503s, throttling, no answer at all) goes to the <see cref="IOutboxStore"/> instead of being lost, and so does every
/// later reply to a conversation that already has one waiting, to keep their order.
/// </summary>
internal sealed class OutboxTurnSender(IOutboxStore outbox, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxTurnSender> logger,
    IPostedReplyRecorder? posted = null)
{
    private const string DeadlineKey = "CutoverBot.Outbox.Deadline";
    private const string TagKey = "CutoverBot.Outbox.Tag";
    private static readonly TimeSpan MaxTurnRetryDelay = TimeSpan.FromSeconds(2);
    private readonly OutboxOptions _options = options.Value;

    /// <summary>Starts the turn's budget and routes every message the turn sends through its context to <see cref="SendAsync"/>.</summary>
    public void Guard(ITurnContext turnContext)
    {
        turnContext.TurnState.Set(DeadlineKey, new TurnDeadline(time.GetUtcNow() + _options.TurnSendBudget));
        turnContext.OnSendActivities(async (turn, activities, next) =>
        {
            // Invoke answers, traces and delays are not connector calls; only messages are worth queueing.
            if (activities.Count == 0 || activities.Any(a => a.Type != ActivityTypes.Message || a.Conversation?.Id is null))
                return await next();
            var tag = activities.Count == 1 ? turn.TurnState.Get<PendingTag>(TagKey)?.Tag : null;
            var sent = await SendAsync(turn, activities, _ => next(), tag);
            return sent ?? [.. activities.Select(_ => new ResourceResponse(""))];
        });
    }

    /// <summary>
    /// Sends one reply in the turn's conversation with a tag: its activity id is returned when Teams took it in the turn,
    /// and given to the <see cref="IPostedReplyRecorder"/> if it had to wait in the outbox and went later. Empty when queued.
    /// </summary>
    public async Task<string?> SendTaggedAsync(ITurnContext turnContext, IActivity activity, string? tag, CancellationToken cancellationToken)
    {
        turnContext.TurnState.Set(TagKey, new PendingTag(tag));
        try
        {
            var sent = await turnContext.SendActivityAsync(activity, cancellationToken);
            return sent?.Id;
        }
        finally
        {
            turnContext.TurnState.Remove(TagKey);
        }
    }

    /// <summary>
    /// Sends <paramref name="activities"/> (all to one conversation) with <paramref name="send"/>, retrying transient
    /// failures until the turn's budget is spent. Null when they were queued instead. Failures that retrying cannot
    /// fix (the bot was removed, a malformed reply) are thrown as before.
    /// </summary>
    public async Task<T?> SendAsync<T>(ITurnContext turnContext, IReadOnlyList<Activity> activities, Func<CancellationToken, Task<T>> send, string? tag = null)
        where T : class
    {
        var conversationId = activities[0].Conversation.Id;
        if (outbox.HasPending(conversationId))
        {
            Queue(turnContext, activities, held: false, "earlier replies waiting", tag);
            return null;
        }
        var deadline = Deadline(turnContext);
        for (var attempt = 1; ; attempt++)
        {
            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                Queue(turnContext, activities, held: false, "turn budget spent", tag);
                return null;
            }
            // Not the turn's token: a send still running when the budget ends is left to finish and settle its queued copy.
            var call = send(CancellationToken.None);
            try
            {
                return await AwayWhile(call.WaitAsync(remaining, time));
            }
            catch (TimeoutException)
            {
                var ids = Queue(turnContext, activities, held: true, "no answer in time", tag);
                _ = call.ContinueWith(t => Settle(ids, t, conversationId), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return null;
            }
            catch (Exception ex) when (ConnectorFailure.From(ex, time.GetUtcNow()) is { IsTransient: true } failure)
            {
                OutboxLog.AttemptDetail(logger, ex, conversationId, attempt);
                var delay = failure.RetryAfter ?? RetryDelays.Backoff(attempt, TimeSpan.FromMilliseconds(250), MaxTurnRetryDelay, Random.Shared.NextDouble());
                if (time.GetUtcNow() + delay >= deadline)
                {
                    Queue(turnContext, activities, held: false, $"{failure.Reason}, {attempt} attempts", tag);
                    return null;
                }
                OutboxLog.TurnRetrying(logger, conversationId, failure.Reason, attempt, delay);
                await AwayWhile(Task.Delay(delay, time));
            }
        }
    }

    /// <summary>
    /// Waits for <paramref name="call"/> no longer than the turn has left (a connector call that is not a reply, such
    /// as opening a personal chat). Throws <see cref="TimeoutException"/> when the budget runs out first.
    /// </summary>
    public async Task<T> WithinBudgetAsync<T>(ITurnContext turnContext, Task<T> call)
    {
        var remaining = Deadline(turnContext) - time.GetUtcNow();
        return await AwayWhile(call.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time));
    }

    // Only the waits: the turn's storage calls (the outbox's rows) stay within the places the turn gate counts, or a
    // connector outage would let every waiting turn write at once.
    private static async Task<T> AwayWhile<T>(Task<T> wait)
    {
        await using (TurnSlot.StepAway()) return await wait;
    }

    private static async Task AwayWhile(Task wait)
    {
        await using (TurnSlot.StepAway()) await wait;
    }

    private DateTimeOffset Deadline(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TurnDeadline>(DeadlineKey)?.At ?? time.GetUtcNow() + _options.TurnSendBudget;

    private List<long> Queue(ITurnContext turnContext, IReadOnlyList<Activity> activities, bool held, string reason, string? tag)
    {
        var tenantId = TeamsContext.TenantId(turnContext.Activity) ?? "";
        var ids = new List<long>(activities.Count);
        foreach (var activity in activities)
        {
            var id = outbox.Add(activity, tenantId, held, time.GetUtcNow(), activities.Count == 1 ? tag : null);
            OutboxLog.Queued(logger, activity.Conversation.Id, reason, id);
            ids.Add(id);
        }
        return ids;
    }

    private void Settle<T>(List<long> ids, Task<T> call, string conversationId)
    {
        foreach (var id in ids)
        {
            if (call.IsCompletedSuccessfully)
            {
                // The turn had already answered without the id; the reply went in the end, so record where it is now.
                RecordPosted(id, call.Result, conversationId);
                outbox.Remove(id);
            }
            else
            {
                outbox.Release(id);
            }
            OutboxLog.Settled(logger, id, call.IsCompletedSuccessfully ? "delivered" : "failed; left to the outbox");
        }
    }

    private void RecordPosted(long id, object? result, string conversationId)
    {
        try
        {
            if (outbox.TagOf(id) is { } tag && PostedId(result) is { Length: > 0 } activityId) posted?.Posted(tag, conversationId, activityId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reply itself went; only a later in-place update of it is lost. Never leave the row to be sent twice.
            OutboxLog.PassFailed(logger, ex.GetType().Name);
        }
    }

    /// <summary>The id Teams gave a sent reply, from what the connector call returned.</summary>
    internal static string? PostedId(object? result) => result switch
    {
        ResourceResponse r => r.Id,
        ResourceResponse[] { Length: > 0 } all => all[0].Id,
        _ => null,
    };

    private sealed record TurnDeadline(DateTimeOffset At);

    private sealed record PendingTag(string? Tag);
}
