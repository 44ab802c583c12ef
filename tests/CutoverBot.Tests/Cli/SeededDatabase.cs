using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;

namespace CutoverBot.Tests.Cli;

/// <summary>A real LiteDB file in a temp folder with two practices and a few entries; deleted on dispose.</summary>
public sealed class SeededDatabase : IDisposable
{
    public const string RiversideId = "19:riverside@thread.tacv2";
    public const string HillsideId = "19:hillside@thread.tacv2";

    public SeededDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("cutoverbot-cli-").FullName;
        Path = System.IO.Path.Combine(Folder, "cutover.db");
        // Sealed with a development key file beside the database, which the command line (in or out of process) reads.
        using var db = new CutoverDatabase(Path, new KeyRing(KeyFile.ReadOrCreate(KeyFile.PathFor(Path), out _)));
        var practices = new PracticeStore(db);
        practices.Upsert(new Practice { Id = RiversideId, Name = "Riverside Surgery", OdsCode = "F81001" });
        practices.Upsert(new Practice { Id = HillsideId, Name = "Hillside Medical Centre", OdsCode = "B82002" });
        var entries = new EntryStore(db);
        entries.Insert(NewEntry(RiversideId, "CALL-0001", EntryCategory.Call, "Margaret Evans", "9434765919", new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero)));
        entries.Insert(NewEntry(RiversideId, "REG-0001", EntryCategory.Registration, "Tomasz Nowak", null, new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)));
        entries.Insert(NewEntry(HillsideId, "CALL-0001", EntryCategory.Call, "Sarah Jones", null, new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero)));
    }

    public string Folder { get; }

    public string Path { get; }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a child process may still be closing the file; the temp folder is cleaned by the OS */ }
    }

    private static Entry NewEntry(string practiceId, string reference, EntryCategory category, string name, string? nhsNumber, DateTimeOffset loggedAt) => new()
    {
        PracticeId = practiceId,
        Reference = reference,
        Category = category,
        Patient = new PatientDetails { Name = name, DateOfBirth = new DateOnly(1948, 2, 14), NhsNumber = nhsNumber, Text = "wants to know if her bloods are back" },
        OccurredOn = DateOnly.FromDateTime(loggedAt.UtcDateTime),
        AuthorId = "29:alice",
        AuthorName = "Alice Reception",
        LoggedAt = loggedAt,
    };
}
