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
        var path = app.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DatabasePath)}"] ?? new StorageOptions().DatabasePath;
        var full = path == ":memory:" ? path : System.IO.Path.GetFullPath(path, app.Environment.ContentRootPath);
        OperationsLog.Starting(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CutoverBot.Startup"), BotVersion.Text, app.Environment.EnvironmentName, full);
    }
}
