using System.Text;

namespace CutoverBot.Cli;

/// <summary>Checks and copies LiteDB files for the command line, which must never write the file it is given.</summary>
internal static class LiteDbFile
{
    // LiteDB 5 writes this text at byte 32 of every database file's header page.
    private static readonly byte[] Signature = Encoding.ASCII.GetBytes("** This is a LiteDB file **");
    private const int SignatureOffset = 32;

    public static bool HasSignature(string path)
    {
        if (path == ":memory:") return true;
        var buffer = new byte[SignatureOffset + Signature.Length];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length &&
               buffer.AsSpan(SignatureOffset).SequenceEqual(Signature);
    }

    /// <summary>A copy (with its -log file, if any) in a folder only this user can read, deleted on dispose: it holds patient details.</summary>
    public static TemporaryCopy PrivateCopy(string path)
    {
        if (path == ":memory:") return new TemporaryCopy(path, null);
        var folder = Directory.CreateTempSubdirectory("cutoverbot-export-");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var target = System.IO.Path.Combine(folder.FullName, "cutover.db");
        File.Copy(path, target);
        var log = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!,
            System.IO.Path.GetFileNameWithoutExtension(path) + "-log" + System.IO.Path.GetExtension(path));
        if (File.Exists(log)) File.Copy(log, System.IO.Path.Combine(folder.FullName, "cutover-log.db"));
        return new TemporaryCopy(target, folder.FullName);
    }

    internal sealed class TemporaryCopy(string path, string? folder) : IDisposable
    {
        public string Path { get; } = path;

        public void Dispose()
        {
            if (folder is not null && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
