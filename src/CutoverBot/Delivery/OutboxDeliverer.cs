using CutoverBot.Timing;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CutoverBot.Delivery;

/// <summary>
/// Delivers queued replies once the Bot Connector answers again: the oldest of each conversation first, paced by the
/// <see cref="DeliveryLimiter"/>, each row claimed before it is sent (so with several instances each goes once) and
/// deleted as soon as Teams has taken it. While the connector keeps failing it backs off (doubling, up to
/// Outbox:MaxRetryDelay) instead of trying every queued reply in turn.
/// </summary>
internal sealed class OutboxDeliverer(
    IOutboxStore outbox, ProactiveConnector connector, DeliveryLimiter limiter, DelayClock clock, IOptions<OutboxOptions> options,
    ILogger<OutboxDeliverer> logger, IPostedReplyRecorder? posted = null) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;
    private readonly Lock _wakeLock = new();
    private CancellationTokenSource? _sleep;
    private bool _woken;
    private int _failures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        outbox.Changed += WakeUp;
        try
        {
            if (outbox.Count > 0) OutboxLog.FoundAtStart(logger, outbox.Count);
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan wait;
                try
                {
                    wait = await PassAsync(stoppingToken);
                }
                catch (Exception) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    OutboxLog.PassFailed(logger, ex.GetType().Name);
                    wait = _options.MaxRetryDelay;
                }
                await SleepAsync(wait, stoppingToken);
            }
        }
        finally
        {
            outbox.Changed -= WakeUp;
        }
    }

    /// <summary>Delivers what it can; returns how long to wait before the next pass.</summary>
    internal async Task<TimeSpan> PassAsync(CancellationToken cancellationToken)
    {
        while (outbox.Heads() is { Count: > 0 } heads)
        {
            foreach (var row in heads)
            {
                var failure = await DeliverAsync(row, cancellationToken);
                if (failure is null) continue;
                // The connector is down or throttling: every other row would fail the same way.
                var delay = failure.RetryAfter ?? RetryDelays.Backoff(++_failures, _options.BaseRetryDelay, _options.MaxRetryDelay, Random.Shared.NextDouble());
                OutboxLog.Waiting(logger, failure.Reason, outbox.Count, delay);
                return delay;
            }
        }
        return outbox.IdleLook;
    }

    /// <summary>Null when the row is done with (delivered or dropped); the failure when it is worth another try later.</summary>
    private async Task<ConnectorFailure?> DeliverAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        // Another instance (or the turn) is sending it, or sent it since the heads were read: not this one's to send.
        if (!outbox.TryClaim(row)) return null;
        var now = clock.UtcNow;
        if (now - row.QueuedAt > _options.MaxAge)
        {
            OutboxLog.Dropped(logger, row.Id, "too old", null, null);
            outbox.Remove(row);
            return null;
        }
        Activity activity;
        try
        {
            activity = outbox.Open(row);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            OutboxLog.Dropped(logger, row.Id, "unreadable: " + ex.GetType().Name, null, null);
            outbox.Remove(row);
            return null;
        }

        ResourceResponse? sent;
        try
        {
            await limiter.AcquireAsync(row.TenantId, row.ConversationId, cancellationToken);
            outbox.RecordAttempt(row);
            sent = await connector.RunAsync(row.ServiceUrl, row.ConversationId, (client, ct) => SendAsync(client, activity, ct), cancellationToken);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping, whatever the call ended with (a 503 that lands as the host stops is not a cancellation): let
            // the row go, so another instance (or this one, started again) sends it now, not when its hold runs out.
            outbox.Release(row.Id);
            throw;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = ConnectorFailure.From(ex, clock.UtcNow);
            OutboxLog.AttemptDetail(logger, ex, row.ConversationId, row.Attempts);
            if (failure.IsTransient)
            {
                outbox.Release(row.Id);
                return failure;
            }
            OutboxLog.Dropped(logger, row.Id, failure.IsGone ? "the bot can no longer post there" : "refused", failure.StatusCode, failure.ErrorCode);
            outbox.Remove(row);
            return null;
        }
        _failures = 0;
        // Recorded before the row is removed, so a reply Teams took is never left without its record.
        if (row.Tag is { } tag && sent?.Id is { Length: > 0 } activityId) RecordPosted(tag, row.ConversationId, activityId);
        outbox.Remove(row);
        OutboxLog.Delivered(logger, row.Id, row.Attempts);
        return null;
    }

    private void RecordPosted(string tag, string conversationId, string activityId)
    {
        try
        {
            posted?.Posted(tag, conversationId, activityId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reply itself went; only a later in-place update of it is lost.
            OutboxLog.PassFailed(logger, ex.GetType().Name);
        }
    }

    // A reply in a channel thread goes back as a reply to the message it answered, as the turn would have sent it.
    private static Task<ResourceResponse> SendAsync(IConnectorClient client, Activity activity, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(activity.ReplyToId)
            ? client.Conversations.SendToConversationAsync(activity, cancellationToken)
            : client.Conversations.ReplyToActivityAsync(activity, cancellationToken);

    private void WakeUp()
    {
        lock (_wakeLock)
        {
            _woken = true;
            _sleep?.Cancel();
        }
    }

    private async Task SleepAsync(TimeSpan duration, CancellationToken stoppingToken)
    {
        using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        lock (_wakeLock)
        {
            // A row added during a pass that was failing still waits out the backoff; one added to a quiet outbox goes now.
            if (_woken && _failures == 0)
            {
                _woken = false;
                return;
            }
            _woken = false;
            _sleep = _failures == 0 ? sleep : null;
        }
        try
        {
            await clock.DelayAsync(duration, sleep.Token);
        }
        catch (OperationCanceledException)
        {
            // Woken early, or stopping: the loop condition tells which.
        }
        finally
        {
            lock (_wakeLock) _sleep = null;
        }
    }
}
