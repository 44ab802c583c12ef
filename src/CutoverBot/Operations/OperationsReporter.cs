using CutoverBot.Core.Practices;
using Microsoft.Extensions.Options;

namespace CutoverBot.Operations;

/// <summary>
/// Logs one line at start-up and then every <see cref="OperationsOptions.ReportInterval"/>: how many practices are
/// active and set up, and how many proactive messages were delivered or not since the last line. Something to alert on
/// (not delivered rising) and to confirm the bot is alive, without reading patient data.
/// </summary>
internal sealed class OperationsReporter(
    IPracticeStore practices, DeliveryCounter counter, TimeProvider time, IOptions<OperationsOptions> options, ILogger<OperationsReporter> logger)
    : BackgroundService
{
    private DateTimeOffset _since;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _since = time.GetUtcNow();
        // Reports fall on a fixed beat from start-up, so a slow report does not push the next ones later.
        var next = _since;
        while (!stoppingToken.IsCancellationRequested)
        {
            Report();
            next += options.Value.ReportInterval;
            var wait = next - time.GetUtcNow();
            if (wait <= TimeSpan.Zero) continue;
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Writes the report line. Never throws: a report is not worth stopping the bot for.</summary>
    public void Report()
    {
        try
        {
            var all = practices.All();
            var active = all.Count(p => p.Active);
            var setUp = all.Count(p => p.Active && p.IsSetUp);
            var counts = counter.Take();
            OperationsLog.Report(logger, active, setUp, all.Count - active, _since, counts.Delivered, counts.NotDelivered, counts.Gone);
            _since = time.GetUtcNow();
        }
        catch (Exception ex)
        {
            OperationsLog.ReportFailed(logger, ex.GetType().Name);
        }
    }
}
