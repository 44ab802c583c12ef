using CutoverBot.Core.Status;
using CutoverBot.Core.Storage;
using CutoverBot.Operations;

namespace CutoverBot.Hosting;

/// <summary>The first line the bot logs: which version, in which environment, on which database, before anything can fail.</summary>
public static class StartupLine
{
    public static void LogStarting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var section = app.Configuration.GetSection(StorageOptions.Section);
        var settings = new StorageOptions();
        settings.Provider = section[nameof(StorageOptions.Provider)] ?? settings.Provider;
        settings.ConnectionString = section[nameof(StorageOptions.ConnectionString)];
        var path = section[nameof(StorageOptions.DatabasePath)] ?? settings.DatabasePath;
        // On PostgreSQL the file path is unused: naming it would send an IT lead looking for the wrong database.
        var full = StorageProviderSettings.DescribeServer(settings)
            ?? (path == ":memory:" ? path : System.IO.Path.GetFullPath(path, app.Environment.ContentRootPath));
        OperationsLog.Starting(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CutoverBot.Startup"), BotVersion.Text, app.Environment.EnvironmentName, full);
    }
}
