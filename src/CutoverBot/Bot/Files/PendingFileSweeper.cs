namespace CutoverBot.Bot.Files;

/// <summary>Deletes offered files nobody accepted, at start-up and every hour, so patient data does not linger.</summary>
internal sealed class PendingFileSweeper(IPendingFileStore files, TimeProvider time, ILogger<PendingFileSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Sweep();
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Sweep();
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void Sweep()
    {
        var removed = files.DeleteExpired(time.GetUtcNow());
        if (removed > 0) Log.FilesExpired(logger, removed);
    }
}
