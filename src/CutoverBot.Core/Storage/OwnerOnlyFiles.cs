using System.Runtime.Versioning;

namespace CutoverBot.Core.Storage;

/// <summary>
/// Makes the database files readable by their owner only on Unix (0600, folder 0700), as the key file beside them is.
/// LiteDB creates its files with the process's umask (usually 0644, readable by every account on the machine), and its
/// log file again each time the database is opened, so both are created here, empty, before LiteDB opens them.
/// </summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode File0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OthersRead = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>LiteDB's log file beside <paramref name="databasePath"/>: cutover.db keeps its pending writes in cutover-log.db.</summary>
    public static string LogFileFor(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "-log" + Path.GetExtension(full));
    }

    /// <summary>Creates the folder of <paramref name="filePath"/> if it is missing, owner-only on Unix (0700).</summary>
    public static void CreateFolderFor(string filePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(filePath));
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public static void Prepare(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        CreateFolderFor(full);
        if (OperatingSystem.IsWindows()) return;
        CreateEmpty(full);
        CreateEmpty(LogFileFor(full));
        // A file an earlier version left readable by everyone is closed to them; a group the IT lead chose is left alone.
        TightenWorldReadable(full);
        TightenWorldReadable(LogFileFor(full));
    }

    [UnsupportedOSPlatform("windows")]
    private static void CreateEmpty(string path)
    {
        if (File.Exists(path)) return;
        try
        {
            File.Open(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = File0600 }).Dispose();
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created by someone else meanwhile; LiteDB opens it either way.
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static void TightenWorldReadable(string path)
    {
        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & OthersRead) != 0) File.SetUnixFileMode(path, mode & ~OthersRead);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not the owner (a read-only copy, a backup): reading it is still allowed.
        }
    }
}
