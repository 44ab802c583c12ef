using CutoverBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CutoverBot.Delivery;

/// <summary>
/// Delivers a turn's replies within a time budget, so the HTTP answer to Teams comes back well inside the ~15 seconds
/// after which Teams gives up and may deliver the message again. A reply the Bot Connector will not take in time
/// (503s, throttling, no answer at all) goes to the <see cref="OutboxStore"/> instead of being lost, and so does every
/// later reply to a conversation that already has one waiting, to keep their order.
/// </summary>
internal sealed class OutboxTurnSender(OutboxStore outbox, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxTurnSender> logger)
{
    private const string DeadlineKey = "CutoverBot.Outbox.Deadline";
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
                return await next().ConfigureAwait(false);
            var sent = await SendAsync(turn, activities, _ => next()).ConfigureAwait(false);
            return sent ?? [.. activities.Select(_ => new ResourceResponse(""))];
        });
    }

    /// <summary>
    /// Sends <paramref name="activities"/> (all to one conversation) with <paramref name="send"/>, retrying transient
    /// failures until the turn's budget is spent. Null when they were queued instead. Failures that retrying cannot
    /// fix (the bot was removed, a malformed reply) are thrown as before.
    /// </summary>
    public async Task<T?> SendAsync<T>(ITurnContext turnContext, IReadOnlyList<Activity> activities, Func<CancellationToken, Task<T>> send)
        where T : class
    {
        var conversationId = activities[0].Conversation.Id;
        if (outbox.HasPending(conversationId))
        {
            Queue(turnContext, activities, held: false, "earlier replies waiting");
            return null;
        }
        var deadline = Deadline(turnContext);
        for (var attempt = 1; ; attempt++)
        {
            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                Queue(turnContext, activities, held: false, "turn budget spent");
                return null;
            }
            // Not the turn's token: a send still running when the budget ends is left to finish and settle its queued copy.
            var call = send(CancellationToken.None);
            try
            {
                return await call.WaitAsync(remaining, time).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                var ids = Queue(turnContext, activities, held: true, "no answer in time");
                _ = call.ContinueWith(t => Settle(ids, t), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return null;
            }
            catch (Exception ex) when (ConnectorFailure.From(ex, time.GetUtcNow()) is { IsTransient: true } failure)
            {
                OutboxLog.AttemptDetail(logger, ex, conversationId, attempt);
                var delay = failure.RetryAfter ?? RetryDelays.Backoff(attempt, TimeSpan.FromMilliseconds(250), MaxTurnRetryDelay, Random.Shared.NextDouble());
                if (time.GetUtcNow() + delay >= deadline)
                {
                    Queue(turnContext, activities, held: false, $"{failure.Reason}, {attempt} attempts");
                    return null;
                }
                OutboxLog.TurnRetrying(logger, conversationId, failure.Reason, attempt, delay);
                await Task.Delay(delay, time).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Waits for <paramref name="call"/> no longer than the turn has left (a connector call that is not a reply, such
    /// as opening a personal chat). Throws <see cref="TimeoutException"/> when the budget runs out first.
    /// </summary>
    public Task<T> WithinBudgetAsync<T>(ITurnContext turnContext, Task<T> call)
    {
        var remaining = Deadline(turnContext) - time.GetUtcNow();
        return call.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time);
    }

    private DateTimeOffset Deadline(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TurnDeadline>(DeadlineKey)?.At ?? time.GetUtcNow() + _options.TurnSendBudget;

    private List<long> Queue(ITurnContext turnContext, IReadOnlyList<Activity> activities, bool held, string reason)
    {
        var tenantId = TeamsContext.TenantId(turnContext.Activity) ?? "";
        var ids = new List<long>(activities.Count);
        foreach (var activity in activities)
        {
            var id = outbox.Add(activity, tenantId, held, time.GetUtcNow());
            OutboxLog.Queued(logger, activity.Conversation.Id, reason, id);
            ids.Add(id);
        }
        return ids;
    }

    private void Settle(List<long> ids, Task call)
    {
        foreach (var id in ids)
        {
            if (call.IsCompletedSuccessfully) outbox.Remove(id);
            else outbox.Release(id);
            OutboxLog.Settled(logger, id, call.IsCompletedSuccessfully ? "delivered" : "failed; left to the outbox");
        }
    }

    private sealed record TurnDeadline(DateTimeOffset At);
}
