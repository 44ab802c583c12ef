namespace CutoverBot.Storage;

/// <summary>
/// Tells whether another LiteDatabase (normally the running bot) has the file open.
/// LiteDB 5.0.21 in direct mode opens its file with FileShare.Read, which on Linux is only a shared advisory
/// lock: a second process opens the same file without any error or wait, and both could then write it.
/// An exclusive open does conflict with that lock, at once, both across processes and within one.
/// </summary>
internal static class DatabaseLock
{
    public static bool IsInUse(string path)
    {
        if (path == ":memory:" || !File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException) when (File.Exists(path))
        {
            return true;
        }
    }
}
