using CutoverBot.Core.Practices;
using CutoverBot.Timing;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace CutoverBot.Delivery;

/// <summary>
/// One Bot Connector call within Teams' limits: paced by the limiter, retried on 412, 429, 502, 503, 504 and network
/// errors with jittered exponential backoff (or exactly the Retry-After Teams asks for), never retried on 403 or when
/// the bot has left the conversation. The retries are a Polly pipeline on the host's clock (through
/// <see cref="DelayClock.Announced"/>, so a test's fake clock sees its waits); every other wait runs on the <see cref="DelayClock"/>.
/// </summary>
internal sealed class RetryingConnector
{
    private static readonly ResiliencePropertyKey<CallState> StateKey = new("CutoverBot.Delivery.Call");

    private readonly ProactiveConnector _connector;
    private readonly DeliveryLimiter _limiter;
    private readonly DelayClock _clock;
    private readonly DeliveryOptions _options;
    private readonly ILogger<RetryingConnector> _logger;
    private readonly ResiliencePipeline _pipeline;

    public RetryingConnector(
        ProactiveConnector connector, DeliveryLimiter limiter, DelayClock clock, IOptions<DeliveryOptions> options, ILogger<RetryingConnector> logger)
    {
        _connector = connector;
        _limiter = limiter;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        _pipeline = BuildPipeline();
    }

    public string BotAccountId => _connector.BotAccountId;

    public async Task<CallResult<T>> CallAsync<T>(
        Practice practice, string conversationId, Func<IConnectorClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken,
        Action<bool>? onWire = null)
    {
        var state = new CallState(practice.Id);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StateKey, state);
        try
        {
            var result = await _pipeline.ExecuteAsync(
                (ctx, _) => new ValueTask<CallResult<T>>(AttemptAsync(practice, conversationId, call, state, onWire, ctx.CancellationToken)),
                context, state);
            if (result.Failure is not { } failure || result.Outcome == SendOutcome.Gone || state.WaitTooLong) return result;
            return Give<T>(practice, state.Attempts, failure, failure.IsTransient ? Outcome(failure) : SendOutcome.Failed);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<CallResult<T>> AttemptAsync<T>(
        Practice practice, string conversationId, Func<IConnectorClient, CancellationToken, Task<T>> call, CallState state,
        Action<bool>? onWire, CancellationToken cancellationToken)
    {
        state.Attempts++;
        state.Failure = null;
        await _limiter.AcquireAsync(practice.TenantId, conversationId, cancellationToken);
        try
        {
            // "On the wire" is told from the HTTP pipeline, as the request leaves (see OnTheWire).
            Task<T> Send() => _connector.RunAsync(practice.ServiceUrl, conversationId, call, cancellationToken);
            var value = onWire is null ? await Send() : await OnTheWire.RunAsync(() => onWire(true), Send);
            return new CallResult<T>(SendOutcome.Sent, value, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            onWire?.Invoke(false);
            var failure = ConnectorFailure.From(ex, _clock.UtcNow);
            state.Failure = failure;
            DeliveryLog.AttemptDetail(_logger, ex, practice.Id, state.Attempts);
            if (failure.IsGone) return new CallResult<T>(SendOutcome.Gone, default, failure);
            if (!failure.IsTransient && failure.StatusCode is null) DeliveryLog.Unexpected(_logger, ex, practice.Id);
            return new CallResult<T>(failure.IsTransient ? Outcome(failure) : SendOutcome.Failed, default, failure);
        }
    }

    private ResiliencePipeline BuildPipeline()
    {
        // Polly counts retries, not attempts, and needs at least one.
        if (_options.MaxAttempts < 2) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = _clock.Announced }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _options.MaxAttempts - 1,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context.Properties.GetValue(StateKey, null!), args.AttemptNumber)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(StateKey, null!).NextDelay),
                OnRetry = args =>
                {
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    DeliveryLog.Retrying(_logger, state.PracticeId, state.Failure!.Reason, args.RetryDelay, args.AttemptNumber + 1);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>
    /// A transient failure is tried again after its Retry-After, or the jittered backoff when Teams gave none, unless that
    /// wait is longer than worth waiting in line (the send then reports Throttled and the scheduler tries later).
    /// </summary>
    private bool ShouldRetry(CallState state, int attemptNumber)
    {
        if (state.Failure is not { IsTransient: true } failure) return false;
        // The last attempt's outcome is returned as it is, whatever is answered here.
        if (attemptNumber + 1 >= _options.MaxAttempts) return true;
        // Jitter keeps many practices throttled at once from retrying in step.
        var delay = failure.RetryAfter ?? RetryDelays.Backoff(attemptNumber + 1, _options.BaseRetryDelay, _options.MaxRetryDelay, Random.Shared.NextDouble());
        if (delay > _options.MaxRetryAfter)
        {
            DeliveryLog.RetryAfterTooLong(_logger, state.PracticeId, delay);
            state.WaitTooLong = true;
            return false;
        }
        state.NextDelay = delay;
        return true;
    }

    private CallResult<T> Give<T>(Practice practice, int attempts, ConnectorFailure failure, SendOutcome outcome)
    {
        DeliveryLog.GaveUp(_logger, practice.Id, attempts, failure.Reason, failure.StatusCode);
        return new CallResult<T>(outcome, default, failure);
    }

    private static SendOutcome Outcome(ConnectorFailure failure) => failure.IsThrottle ? SendOutcome.Throttled : SendOutcome.Failed;

    /// <summary>One call's progress through its attempts, shared by the attempts and the retry strategy's callbacks.</summary>
    private sealed class CallState(string practiceId)
    {
        public string PracticeId { get; } = practiceId;
        public int Attempts { get; set; }
        public ConnectorFailure? Failure { get; set; }
        public TimeSpan NextDelay { get; set; }
        public bool WaitTooLong { get; set; }
    }
}
