using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Hosting;

namespace CutoverBot.Cli;

/// <summary>Loads configuration exactly as the web host does, so the command line finds the bot's database and key.</summary>
internal static class CliConfiguration
{
    /// <summary>The absolute database path: the override if given, otherwise Storage:DatabasePath from the bot's configuration.</summary>
    public static string DatabasePath(string? overridePath)
    {
        var (options, builder) = Load();
        var path = overridePath ?? options.DatabasePath;
        if (string.IsNullOrWhiteSpace(path))
            throw new CliUsageException("Storage:DatabasePath is empty. Set it to the bot's database file, or pass --database FILE.");
        return path == ":memory:" ? path : Path.GetFullPath(path, builder.Environment.ContentRootPath);
    }

    /// <summary>
    /// The bot's key ring for the database at <paramref name="databasePath"/>: Storage:EncryptionKey and
    /// Storage:PreviousKeys, and the development key file beside the database if there is one. Never generates a key.
    /// </summary>
    /// <exception cref="KeySettingsException">No key is configured and there is no key file, or a key is malformed.</exception>
    public static KeyRing Keys(string databasePath, KeyFileUse keyFile = KeyFileUse.ReadExisting)
    {
        var (options, builder) = Load();
        options.DatabasePath = databasePath;
        return EncryptionKeySettings.Load(options, builder.Environment.IsDevelopment(), keyFile, warn: null);
    }

    /// <summary>The Storage section as the bot would read it here.</summary>
    public static StorageOptions Storage() => Load().Options;

    /// <summary>The environment the bot would run in here (ASPNETCORE_ENVIRONMENT / DOTNET_ENVIRONMENT; Production when unset).</summary>
    public static string EnvironmentName() => Load().Builder.Environment.EnvironmentName;

    private static (StorageOptions Options, WebApplicationBuilder Builder) Load()
    {
        // The same builder as Program.cs: same content root (the current folder, the project folder under
        // dotnet run), appsettings.{Environment}.json, ASPNETCORE_/DOTNET_ variables and user-secrets in Development.
        // No arguments: the CLI's own options are not configuration keys. The host is never built or started.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        var options = new StorageOptions();
        builder.Configuration.GetSection(StorageOptions.Section).Bind(options);
        return (options, builder);
    }
}
