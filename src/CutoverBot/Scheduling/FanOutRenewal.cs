using CutoverBot.Core.Scheduling;
using CutoverBot.Timing;
using Microsoft.Extensions.Logging;

namespace CutoverBot.Scheduling;

/// <summary>
/// Keeps one pass's turn at the fan-out: renews the lease every <see cref="IFanOutLease.RenewEvery"/> while the pass
/// posts, cancels the pass once another instance has taken the lease over (no practice starts another card), and gives
/// the lease up when the pass ends, so another instance need not wait for it to expire (a stopped host hands over at
/// once; a killed one after the lease's duration). Nothing runs for a lease that never expires (LiteDB).
/// </summary>
internal sealed class FanOutRenewal : IAsyncDisposable
{
    private readonly IFanOutLease _lease;
    private readonly FanOutTurn _turn;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    public FanOutRenewal(IFanOutLease lease, FanOutTurn turn, DelayClock clock, CancellationTokenSource pass, ILogger logger)
    {
        (_lease, _turn, _logger) = (lease, turn, logger);
        _renewing = lease.RenewEvery is { } every ? RenewAsync(every, clock, pass) : Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
        try
        {
            _lease.Release(_turn);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Left to expire: another instance takes it over after its duration.
            SchedulerLog.LeaseError(_logger, ex);
        }
    }

    private async Task RenewAsync(TimeSpan every, DelayClock clock, CancellationTokenSource pass)
    {
        try
        {
            while (true)
            {
                await clock.DelayAsync(every, _stop.Token);
                bool renewed;
                try
                {
                    renewed = _lease.Renew(_turn, clock.UtcNow);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database that did not answer this once: the claims themselves stop once the lease has expired.
                    SchedulerLog.LeaseError(_logger, ex);
                    continue;
                }
                if (renewed) continue;
                SchedulerLog.LeaseLost(_logger);
                await pass.CancelAsync();
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // The pass ended.
        }
    }
}
