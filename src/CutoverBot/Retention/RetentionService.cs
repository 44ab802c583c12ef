using CutoverBot.Bot.Files;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Retention;
using Microsoft.Extensions.Options;

namespace CutoverBot.Retention;

/// <summary>
/// Purges patient details whose retention period after go-live has ended: at start-up, then once a day on the
/// <see cref="TimeProvider"/>. A purge is idempotent, so a restart or a missed day only moves it, never repeats it.
/// </summary>
internal sealed class RetentionService(
    RetentionPurger purger, IPendingFileStore files, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        RunOnce();
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) RunOnce();
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>One pass over every practice; a failure is logged by type only and the next day's pass tries again.</summary>
    internal void RunOnce()
    {
        try
        {
            foreach (var result in purger.PurgeDue(options.Value.DefaultDays, files.DeleteForPractice))
                RetentionLog.Purged(logger, result.PracticeId, result.Entries, result.Files, result.RetentionDays);
            if (purger.PurgeHeld(options.Value.DefaultDays) is > 0 and var held)
                RetentionLog.HeldPurged(logger, held, options.Value.DefaultDays);
        }
        catch (Exception ex)
        {
            // The type only: a storage exception's message could quote a stored value.
            RetentionLog.PassFailed(logger, ex.GetType().Name);
        }
    }
}
