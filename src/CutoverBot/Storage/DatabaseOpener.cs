using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;

namespace CutoverBot.Storage;

/// <summary>
/// Opens the database when the bot starts rather than on the first message, so the data folder exists at once and
/// a database that cannot be opened stops start-up instead of failing someone's first entry. It also numbers any entry
/// a killed process saved without its reference, so every entry can be named in edit, reentered and the workbook.
/// </summary>
internal sealed partial class DatabaseOpener(IServiceProvider services, ILogger<DatabaseOpener> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<StorageEngine>().IsPostgreSql) _ = services.GetRequiredService<PostgresDatabase>();
        else _ = services.GetRequiredService<CutoverDatabase>();
        var numbered = services.GetRequiredService<EntryRecorder>().NumberUnfinished();
        if (numbered > 0) EntriesNumbered(logger, numbered);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning,
        Message = "{Count} entries saved just before the bot last stopped had no reference yet; they have been given one")]
    private static partial void EntriesNumbered(ILogger logger, int count);
}
