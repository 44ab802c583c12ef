using System.Text;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using LiteDB;

namespace CutoverBot.Core.Tests.Storage;

public sealed class KeyRotationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-rotate-{Guid.NewGuid():N}.db");
    private readonly DataKey _old = DataKey.Generate();
    private readonly DataKey _new = DataKey.Generate();

    public void Dispose() => File.Delete(_path);

    private static Entry NewEntry(string nhs) => new()
    {
        PracticeId = "19:riverside",
        Reference = "CALL-" + nhs[..4],
        Patient = new PatientDetails { Name = "Philippa Quenby", NhsNumber = nhs, Text = "zopiclone" },
        LoggedAt = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Run_EntriesAndSealedBytesUnderTheOldKey_ReadableWithTheNewKeyAlone()
    {
        var entry = NewEntry("9434765919");
        using (var db = new CutoverDatabase(_path, new KeyRing(_old)))
        {
            new EntryStore(db).Insert(entry);
            db.Database.GetCollection("pending_files").Insert(new BsonDocument { ["_id"] = "f1", ["Content"] = db.Protect("a,b"u8) });
        }

        RotationReport report;
        using (var db = new CutoverDatabase(_path, new KeyRing(_new, [_old]))) report = new KeyRotation(db).Run();

        Assert.Equal(new RotationReport(_new.Id, 1, 0, 0, 1), report);
        using var after = new CutoverDatabase(_path, new KeyRing(_new));
        var store = new EntryStore(after);
        Assert.Equal("Philippa Quenby", store.Find(entry.Id)!.Patient.Name);
        Assert.Single(store.FindByNhsNumber("19:riverside", "9434765919"));
        var file = after.Database.GetCollection("pending_files").FindById("f1")["Content"].AsBinary;
        Assert.Equal("a,b"u8.ToArray(), after.Unprotect(file));
    }

    [Fact]
    public void Run_Twice_SecondRunChangesNothing()
    {
        using var db = new CutoverDatabase(_path, new KeyRing(_new, [_old]));
        new EntryStore(db).Insert(NewEntry("9434765919"));

        var report = new KeyRotation(db).Run();

        Assert.Equal(0, report.Changed);
        Assert.Equal(1, report.EntriesAlreadyCurrent);
    }

    [Fact]
    public void Run_PlainEntriesFromBeforeEncryption_SealsThemAndIndexesTheirNhsNumber()
    {
        using (var db = new CutoverDatabase(_path, new KeyRing(_new)))
        {
            db.Database.GetCollection("entries").Insert(new BsonDocument
            {
                ["_id"] = Guid.NewGuid(), ["PracticeId"] = "19:riverside", ["Reference"] = "CALL-0001", ["Deleted"] = false,
                ["LoggedAt"] = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc),
                ["Patient"] = new BsonDocument { ["Name"] = "Philippa Quenby", ["NhsNumber"] = "9434765919", ["Text"] = "zopiclone" },
            });
            db.Database.Checkpoint();
            Assert.True(PatientSealingTests.Contains(File.ReadAllBytes(_path), "zopiclone"u8.ToArray()));

            var report = new KeyRotation(db).Run();
            db.Database.Checkpoint();

            Assert.Equal(1, report.EntriesSealedFirstTime);
            Assert.Single(new EntryStore(db).FindByNhsNumber("19:riverside", "943 476 5919"));
        }
        var bytes = File.ReadAllBytes(_path);
        Assert.False(PatientSealingTests.Contains(bytes, "zopiclone"u8.ToArray()));
        Assert.False(PatientSealingTests.Contains(bytes, Encoding.UTF8.GetBytes("9434765919")));
    }

    [Fact]
    public void Run_AnEntryUnderAKeyNotSupplied_ThrowsAndChangesNothing()
    {
        var stranded = DataKey.Generate();
        var movable = NewEntry("9434765919");
        using (var db = new CutoverDatabase(_path, new KeyRing(_old))) new EntryStore(db).Insert(movable);
        using (var db = new CutoverDatabase(_path, new KeyRing(stranded))) new EntryStore(db).Insert(NewEntry("4010232137"));

        using (var db = new CutoverDatabase(_path, new KeyRing(_new, [_old])))
        {
            var error = Assert.Throws<SealedDataException>(() => new KeyRotation(db).Run());
            Assert.Contains(stranded.Id, error.Message);
        }

        using var check = new CutoverDatabase(_path, new KeyRing(_old));
        Assert.Equal(_old.Id, check.Database.GetCollection("entries").FindById(movable.Id)["Patient"]["k"].AsString);
    }
}
