using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;

namespace CutoverBot.Core.Tests.Storage;

/// <summary>The database holds patient details: on Unix its files are the owner's alone, like the key file beside them.</summary>
public sealed class DatabaseFileModeTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cutoverbot-mode-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "data", "cutover.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Open_NewFile_DatabaseAndLogFileAndFolderAreOwnerOnly()
    {
        if (OperatingSystem.IsWindows()) return;

        using var db = new CutoverDatabase(DatabasePath);
        new EntryStore(db).Insert(new Entry { PracticeId = "19:p", Reference = "CALL-0001" });

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(DatabasePath));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(_folder, "data", "cutover-log.db")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(DatabasePath)!));
    }

    [Fact]
    public void Open_Reopened_LogFileCreatedAgainIsOwnerOnlyAndEntriesAreKept()
    {
        if (OperatingSystem.IsWindows()) return;
        var entry = new Entry { PracticeId = "19:p", Reference = "CALL-0001" };
        using (var first = new CutoverDatabase(DatabasePath)) new EntryStore(first).Insert(entry);
        Assert.False(File.Exists(Path.Combine(_folder, "data", "cutover-log.db")), "LiteDB removes its log file on a clean close");

        using var second = new CutoverDatabase(DatabasePath);
        new EntryStore(second).Insert(new Entry { PracticeId = "19:p", Reference = "CALL-0002" });

        Assert.NotNull(new EntryStore(second).Find(entry.Id));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(_folder, "data", "cutover-log.db")));
    }

    [Fact]
    public void Open_ExistingWorldReadableFile_IsClosedToOtherAccountsButKeepsItsGroup()
    {
        if (OperatingSystem.IsWindows()) return;
        using (var db = new CutoverDatabase(DatabasePath)) new EntryStore(db).Insert(new Entry { PracticeId = "19:p", Reference = "CALL-0001" });
        File.SetUnixFileMode(DatabasePath, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using var reopened = new CutoverDatabase(DatabasePath);

        Assert.Equal(OwnerOnly | UnixFileMode.GroupRead, File.GetUnixFileMode(DatabasePath));
    }
}
