using CutoverBot.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CutoverBot.Operations;

/// <summary>
/// Healthy when the database answers a read within <see cref="OperationsOptions.HealthTimeout"/>. The reasons it
/// gives are fixed texts: /healthz is usually reachable from the internet, so it says nothing about the data or the
/// server.
/// </summary>
internal sealed class DatabaseHealthCheck(CutoverDatabase db, TimeProvider time, IOptions<OperationsOptions> options, ILogger<DatabaseHealthCheck> logger)
    : IHealthCheck
{
    public const string Unavailable = "database unavailable";
    public const string NotAnswering = "database not answering";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.HealthTimeout;
        try
        {
            // LiteDB is synchronous and waits up to a minute for a lock; the probe should answer sooner than that.
            await Task.Run(Ping, cancellationToken).WaitAsync(timeout, time, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (TimeoutException)
        {
            OperationsLog.DatabaseTimedOut(logger, timeout);
            return HealthCheckResult.Unhealthy(NotAnswering);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            OperationsLog.DatabaseUnhealthy(logger, ex.GetType().Name);
            return HealthCheckResult.Unhealthy(Unavailable);
        }
    }

    // A query through the engine, not a cached header value; the practices collection is small and one document will do.
    private void Ping() => _ = db.Database.GetCollection(Core.Practices.PracticeStore.Collection).Query().Limit(1).FirstOrDefault();
}
