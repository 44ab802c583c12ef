using Npgsql;

namespace CutoverBot.Core.Storage;

/// <summary>Reads Storage:Provider and Storage:ConnectionString, with messages an IT lead can act on.</summary>
public static class StorageProviderSettings
{
    /// <summary>The engine the settings name; call <see cref="Problems"/> first (an unknown name reads as LiteDb here).</summary>
    public static StorageProvider Of(StorageOptions options) =>
        Enum.TryParse<StorageProvider>(options.Provider, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider : StorageProvider.LiteDb;

    /// <summary>
    /// The PostgreSQL database the settings name, as "PostgreSQL database D on H:P" for the start-up line, without the
    /// user or the password; null when the engine is LiteDb or the connection string cannot be read.
    /// </summary>
    public static string? DescribeServer(StorageOptions options)
    {
        if (Of(options) != StorageProvider.PostgreSql || string.IsNullOrWhiteSpace(options.ConnectionString)) return null;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>What is wrong with the provider settings; empty when nothing is. Never quotes the connection string (it holds a password).</summary>
    public static IReadOnlyList<string> Problems(StorageOptions options)
    {
        var text = options.Provider?.Trim() ?? "";
        if (text.Length == 0 || int.TryParse(text, out _) || !Enum.TryParse<StorageProvider>(text, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
            return [$"Storage:Provider is \"{Shorten(text)}\". Set it to LiteDb (the default: one database file, one instance of the bot) or PostgreSql (a shared server; then also set Storage:ConnectionString)."];
        if (provider != StorageProvider.PostgreSql) return [];
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            return ["Storage:Provider is PostgreSql but Storage:ConnectionString is empty. Set it (from a secret store or the environment variable Storage__ConnectionString) to an Npgsql connection string such as Host=db.example.org;Database=cutoverbot;Username=cutoverbot;Password=..."];
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
                return ["Storage:ConnectionString names no server: add Host=<the PostgreSQL server's name>."];
            if (string.IsNullOrWhiteSpace(builder.Database))
                return ["Storage:ConnectionString names no database: add Database=<the database made for CutoverBot>."];
        }
        catch (ArgumentException)
        {
            // The exception's text may quote the string, password included: say only what to check.
            return ["Storage:ConnectionString is not a valid Npgsql connection string: it should be Key=Value pairs separated by semicolons (Host=...;Database=...;Username=...;Password=...)."];
        }
        return [];
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "...";
}
