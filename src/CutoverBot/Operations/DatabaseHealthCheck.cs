using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Storage;
using Npgsql;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CutoverBot.Operations;

/// <summary>
/// Healthy when the database (the LiteDB file or the PostgreSQL server) answers a read within <see cref="OperationsOptions.HealthTimeout"/>. The reasons it
/// gives are fixed texts: /healthz is usually reachable from the internet, so it says nothing about the data or the
/// server.
/// </summary>
internal sealed class DatabaseHealthCheck(IServiceProvider services, StorageEngine engine, TimeProvider time, IOptions<OperationsOptions> options, ILogger<DatabaseHealthCheck> logger)
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

    private void Ping()
    {
        if (engine.IsPostgreSql)
        {
            // A round trip to the server on a pooled connection: what every store's next call needs.
            using var connection = services.GetRequiredService<PostgresDatabase>().Open();
            using var command = new NpgsqlCommand("SELECT 1", connection);
            command.ExecuteScalar();
            return;
        }
        // A query through the engine, not a cached header value; the practices collection is small and one document will do.
        _ = services.GetRequiredService<CutoverDatabase>().Database.GetCollection(Core.Practices.PracticeStore.Collection).Query().Limit(1).FirstOrDefault();
    }
}
