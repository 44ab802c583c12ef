using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Timing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CutoverBot.Scheduling;

/// <summary>
/// Wakes when the next morning post is due (or a failed one may be retried, or at most every MaxSleep), runs a pass of
/// <see cref="MorningPostJob"/>, and sleeps again. A restart runs a pass at once, which catches up today's posts whose
/// time has passed; the post log makes sure none already sent goes out again.
/// </summary>
public sealed class MorningPostScheduler(
    MorningPostJob job, IPracticeStore practices, IPostLogStore postLog, DelayClock clock, IOptions<SchedulerOptions> options,
    ILogger<MorningPostScheduler> logger) : BackgroundService
{
    private readonly Lock _wakeLock = new();
    private CancellationTokenSource? _sleep;
    private bool _woken;

    /// <summary>Makes the scheduler look again now, e.g. after setup changed a practice's dates or post time.</summary>
    public void WakeUp()
    {
        lock (_wakeLock)
        {
            _woken = true;
            _sleep?.Cancel();
        }
    }

    private DateTimeOffset _wakeAt;

    /// <summary>
    /// True while the scheduler waits for a wake-up still to come, between passes: a test driving the host's fake clock
    /// waits for this before moving the clock on, since a pass's own work (planning, rendering) waits on nothing it
    /// can see. False from the moment the wake-up is due or asked for, before the pass it leads to has begun.
    /// </summary>
    internal bool IsAsleep
    {
        get
        {
            lock (_wakeLock) return _sleep is not null && !_woken && _wakeAt > clock.UtcNow;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.UtcNow;
            var held = true;
            try
            {
                held = await job.RunAsync(now, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                SchedulerLog.PassFailed(logger, ex);
            }

            // Next post times are counted from the start of the pass, so a time that fell during a long pass is not skipped.
            var wake = MorningDue.NextWake(practices.All(), now, postLog.EarliestRetry(MorningSchedule.LondonDate(now)), options.Value.MaxSleep);
            // Another instance is posting: look again soon, so that if it dies this one takes over once its lease expires.
            if (!held && now + job.LeaseRetry < wake) wake = now + job.LeaseRetry;
            await SleepAsync(wake - clock.UtcNow, stoppingToken);
        }
    }

    private async Task SleepAsync(TimeSpan duration, CancellationToken stoppingToken)
    {
        using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        lock (_wakeLock)
        {
            if (_woken)
            {
                _woken = false;
                return;
            }
            _sleep = sleep;
            _wakeAt = clock.UtcNow + duration;
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
            lock (_wakeLock)
            {
                _sleep = null;
                _woken = false;
            }
        }
    }
}
