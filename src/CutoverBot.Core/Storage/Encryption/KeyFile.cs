namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// The development key, kept beside the database as <c>&lt;database&gt;.key</c> (base64, readable by its owner only),
/// so a developer's database stays readable across restarts without any setting. Never used outside Development
/// except to read a database that Development wrote.
/// </summary>
public static class KeyFile
{
    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".key";

    /// <summary>The key in the file, or null when there is no file.</summary>
    /// <exception cref="SealedDataException">The file exists but does not hold a key (the message names the file only).</exception>
    public static DataKey? Read(string keyFilePath)
    {
        if (!File.Exists(keyFilePath)) return null;
        return DataKey.TryParse(File.ReadAllText(keyFilePath), out var key, out var error)
            ? key
            : throw new SealedDataException($"The key file {keyFilePath} {error}. Restore it from a backup, or delete it only if the database beside it holds nothing you need.");
    }

    /// <summary>Reads the key, or generates one and writes the file (owner read/write only on Unix) when there is none.</summary>
    public static DataKey ReadOrCreate(string keyFilePath, out bool created)
    {
        created = false;
        if (Read(keyFilePath) is { } existing) return existing;
        var key = DataKey.Generate();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        OwnerOnlyFiles.CreateFolderFor(keyFilePath);
        try
        {
            using var writer = new StreamWriter(keyFilePath, options);
            writer.WriteLine(key.ToBase64());
        }
        catch (IOException) when (File.Exists(keyFilePath))
        {
            // Another process created it first: use theirs, so both seal with the same key.
            return Read(keyFilePath)!;
        }
        created = true;
        return key;
    }
}
