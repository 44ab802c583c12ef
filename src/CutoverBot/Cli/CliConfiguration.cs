using CutoverBot.Core.Storage;

namespace CutoverBot.Cli;

/// <summary>Loads configuration exactly as the web host does, so the export finds the bot's database.</summary>
internal static class CliConfiguration
{
    /// <summary>The absolute database path: the override if given, otherwise Storage:DatabasePath from the bot's configuration.</summary>
    public static string DatabasePath(string? overridePath)
    {
        // The same builder as Program.cs: same content root (the current folder, the project folder under
        // dotnet run), appsettings.{Environment}.json, ASPNETCORE_/DOTNET_ variables and user-secrets in Development.
        // No arguments: the CLI's own options are not configuration keys. The host is never built or started.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        var options = new StorageOptions();
        builder.Configuration.GetSection(StorageOptions.Section).Bind(options);
        var path = overridePath ?? options.DatabasePath;
        if (string.IsNullOrWhiteSpace(path))
            throw new CliUsageException("Storage:DatabasePath is empty. Set it to the bot's database file, or pass --database FILE.");
        return path == ":memory:" ? path : Path.GetFullPath(path, builder.Environment.ContentRootPath);
    }
}
