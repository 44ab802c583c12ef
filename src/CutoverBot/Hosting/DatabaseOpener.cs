using CutoverBot.Core.Storage;

namespace CutoverBot.Hosting;

/// <summary>
/// Opens the database when the bot starts rather than on the first message, so the data folder exists at once and
/// a database that cannot be opened stops start-up instead of failing someone's first entry.
/// </summary>
internal sealed class DatabaseOpener(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<CutoverDatabase>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
