using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;

namespace CutoverBot.Hosting;

/// <summary>
/// Checks Storage:EncryptionKey and Storage:PreviousKeys and builds the key ring from them: for the host's start-up
/// validation, the host itself and the command line alike. Messages name settings and files, never a key.
/// </summary>
internal static class EncryptionKeySettings
{
    public const string KeySetting = StorageOptions.Section + ":" + nameof(StorageOptions.EncryptionKey);
    public const string PreviousSetting = StorageOptions.Section + ":" + nameof(StorageOptions.PreviousKeys);

    public static readonly string Missing =
        $"{KeySetting} is not set. CutoverBot encrypts patient details in its database with this key: set it to base64 of " +
        "32 random bytes (generate one with: openssl rand -base64 32) and keep it in a secret store or an environment " +
        "variable (Storage__EncryptionKey), never in a committed file. Without it the bot only starts when " +
        "ASPNETCORE_ENVIRONMENT is Development, which keeps a generated key beside the database.";

    /// <summary>What is wrong with the key settings; empty when they can be used.</summary>
    public static List<string> Problems(StorageOptions options, bool isDevelopment)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            if (!isDevelopment) problems.Add(Missing);
        }
        else if (!DataKey.TryParse(options.EncryptionKey, out _, out var error))
        {
            problems.Add($"{KeySetting} {error}. Set it to base64 of 32 random bytes (generate one with: openssl rand -base64 32).");
        }
        foreach (var (label, value) in options.PreviousKeys)
        {
            if (!DataKey.TryParse(value, out _, out var error))
                problems.Add($"{PreviousSetting}:{label} {error}. Each previous key is base64 of 32 bytes, as {KeySetting} was.");
        }
        return problems;
    }

    /// <summary>
    /// The ring: the configured key, or (when <paramref name="keyFile"/> allows) the development key file; plus the
    /// previous keys and any key file beside the database, so a database written in Development can still be read and rotated.
    /// </summary>
    /// <exception cref="KeySettingsException">The settings cannot give a key.</exception>
    public static KeyRing Load(StorageOptions options, bool isDevelopment, KeyFileUse keyFile, Action<string>? warn)
    {
        var problems = Problems(options, isDevelopment || keyFile != KeyFileUse.None);
        if (problems.Count > 0) throw new KeySettingsException(string.Join(" ", problems));
        var path = options.DatabasePath;
        var keyFilePath = path == ":memory:" ? null : KeyFile.PathFor(path);
        var fromFile = keyFilePath is null ? null : ReadKeyFile(keyFilePath);
        var previous = options.PreviousKeys.Values.Select(v => { DataKey.TryParse(v, out var k, out _); return k!; }).ToList();

        if (DataKey.TryParse(options.EncryptionKey, out var configured, out _))
            return new KeyRing(configured!, fromFile is null ? previous : [.. previous, fromFile]);
        if (fromFile is not null) return new KeyRing(fromFile, previous);
        if (keyFilePath is null)
        {
            warn?.Invoke($"{KeySetting} is not set and the database is in memory: patient details are sealed with a random key that lasts until the bot stops.");
            return new KeyRing(DataKey.Generate(), previous);
        }
        if (keyFile != KeyFileUse.ReadOrCreate) throw new KeySettingsException(Missing);
        var created = KeyFile.ReadOrCreate(keyFilePath, out _);
        warn?.Invoke($"{KeySetting} is not set, so (Development only) patient details are sealed with a key generated into {keyFilePath}. " +
                     "Keep that file with the database: without it the database cannot be read. Never use this outside Development.");
        return new KeyRing(created, previous);
    }

    private static DataKey? ReadKeyFile(string path)
    {
        try
        {
            return KeyFile.Read(path);
        }
        catch (SealedDataException e)
        {
            throw new KeySettingsException(e.Message);
        }
    }
}
