using CutoverBot.Core.Practices;
using CutoverBot.Timing;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CutoverBot.Delivery;

/// <summary>
/// One Bot Connector call within Teams' limits: paced by the limiter, retried on 412, 429, 502, 503, 504 and network
/// errors with jittered exponential backoff (or exactly the Retry-After Teams asks for), never retried on 403 or when
/// the bot has left the conversation. Every wait runs on the <see cref="DelayClock"/>.
/// </summary>
internal sealed class RetryingConnector(
    ProactiveConnector connector, DeliveryLimiter limiter, DelayClock clock, IOptions<DeliveryOptions> options, ILogger<RetryingConnector> logger)
{
    private readonly DeliveryOptions _options = options.Value;

    public string BotAccountId => connector.BotAccountId;

    public async Task<CallResult<T>> CallAsync<T>(
        Practice practice, string conversationId, Func<IConnectorClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken,
        Action<bool>? onWire = null)
    {
        ConnectorFailure? failure = null;
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            await limiter.AcquireAsync(practice.TenantId, conversationId, cancellationToken).ConfigureAwait(false);
            try
            {
                // "On the wire" is told from the HTTP pipeline, as the request leaves (see OnTheWire).
                Task<T> Send() => connector.RunAsync(practice.ServiceUrl, conversationId, call, cancellationToken);
                var value = onWire is null
                    ? await Send().ConfigureAwait(false)
                    : await OnTheWire.RunAsync(() => onWire(true), Send).ConfigureAwait(false);
                return new CallResult<T>(SendOutcome.Sent, value, null);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                onWire?.Invoke(false);
                failure = ConnectorFailure.From(ex, clock.UtcNow);
                DeliveryLog.AttemptDetail(logger, ex, practice.Id, attempt);
                if (failure.IsGone) return new CallResult<T>(SendOutcome.Gone, default, failure);
                if (!failure.IsTransient)
                {
                    if (failure.StatusCode is null) DeliveryLog.Unexpected(logger, ex, practice.Id);
                    return Give<T>(practice, attempt, failure, SendOutcome.Failed);
                }
            }
            if (attempt == _options.MaxAttempts) break;

            var delay = failure.RetryAfter ?? RetryDelays.Backoff(attempt, _options.BaseRetryDelay, _options.MaxRetryDelay, Random.Shared.NextDouble());
            if (delay > _options.MaxRetryAfter)
            {
                DeliveryLog.RetryAfterTooLong(logger, practice.Id, delay);
                return new CallResult<T>(Outcome(failure), default, failure);
            }
            DeliveryLog.Retrying(logger, practice.Id, failure.Reason, delay, attempt);
            await clock.DelayAsync(delay, cancellationToken).ConfigureAwait(false);
        }
        return Give<T>(practice, _options.MaxAttempts, failure!, Outcome(failure!));
    }

    private CallResult<T> Give<T>(Practice practice, int attempts, ConnectorFailure failure, SendOutcome outcome)
    {
        DeliveryLog.GaveUp(logger, practice.Id, attempts, failure.Reason, failure.StatusCode);
        return new CallResult<T>(outcome, default, failure);
    }

    private static SendOutcome Outcome(ConnectorFailure failure) => failure.IsThrottle ? SendOutcome.Throttled : SendOutcome.Failed;
}
