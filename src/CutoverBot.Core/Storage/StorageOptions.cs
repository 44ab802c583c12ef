using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Core.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>
    /// LiteDb (the default: the file at <see cref="DatabasePath"/>) or PostgreSql (the server at
    /// <see cref="ConnectionString"/>). Read as text so a misspelt value gets a message naming the choices
    /// (<see cref="StorageProviderSettings"/>) rather than the binder's conversion error.
    /// </summary>
    public string Provider { get; set; } = nameof(StorageProvider.LiteDb);

    /// <summary>
    /// With Provider PostgreSql: an Npgsql connection string (Host=...;Database=...;Username=...;Password=...). It
    /// holds a password, so it comes from a secret store or an environment variable (Storage__ConnectionString).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Path of the LiteDB file; relative paths are taken from the bot's working folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:DatabasePath is empty. Set it to where the bot should keep its database file, for example data/cutover.db.")]
    public string DatabasePath { get; set; } = "data/cutover.db";

    /// <summary>
    /// Base64 of 32 random bytes: the key patient details are sealed with. Required outside Development; keep it in a
    /// secret store or an environment variable (Storage__EncryptionKey), never in a committed file.
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Older keys (any label => base64 key), still needed to read records sealed before a rotation.</summary>
    public Dictionary<string, string> PreviousKeys { get; set; } = [];
}
