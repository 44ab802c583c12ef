using System.Text;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using LiteDB;

namespace CutoverBot.Core.Tests.Storage;

public sealed class PatientSealingTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-seal-{Guid.NewGuid():N}.db");
    private readonly KeyRing _keys = new(DataKey.Generate());

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(Path.ChangeExtension(_path, null) + "-log.db");
    }

    private static Entry NewEntry(string practiceId = "19:riverside", string name = "Philippa Quenby", string? nhs = "9434765919") => new()
    {
        PracticeId = practiceId,
        Reference = "CALL-0001",
        Patient = new PatientDetails
        {
            Name = name, DateOfBirth = new DateOnly(1948, 2, 14), NhsNumber = nhs, Text = "asked about her zopiclone", NotNeededReason = "duplicate of Quenby's call",
        },
        LoggedAt = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero),
    };

    private BsonDocument RawEntry(CutoverDatabase db, Guid id) => db.Database.GetCollection("entries").FindById(id);

    [Fact]
    public void Insert_EntryWithPatientDetails_FileHoldsNoneOfThemAndTheyReadBack()
    {
        var entry = NewEntry();
        using (var db = new CutoverDatabase(_path, _keys)) new EntryStore(db).Insert(entry);

        var bytes = File.ReadAllBytes(_path);
        foreach (var secret in new[] { "Quenby", "1948-02-14", "9434765919", "zopiclone" })
        {
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(secret)), secret);
            Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(secret)), secret);
        }
        using var reopened = new CutoverDatabase(_path, _keys);
        var stored = new EntryStore(reopened).Find(entry.Id)!;
        Assert.Equal("Philippa Quenby", stored.Patient.Name);
        Assert.Equal(new DateOnly(1948, 2, 14), stored.Patient.DateOfBirth);
        Assert.Equal("9434765919", stored.Patient.NhsNumber);
        Assert.Equal("asked about her zopiclone", stored.Patient.Text);
        Assert.Equal("duplicate of Quenby's call", stored.Patient.NotNeededReason);
    }

    [Fact]
    public void Insert_Entry_StoresKeyIdNonceAndCiphertextOnly()
    {
        using var db = new CutoverDatabase(":memory:", _keys);
        var entry = NewEntry();
        new EntryStore(db).Insert(entry);

        var patient = RawEntry(db, entry.Id)["Patient"].AsDocument;

        Assert.Equal(["v", "k", "n", "c"], patient.Keys);
        Assert.Equal(_keys.Current.Id, patient["k"].AsString);
        Assert.Equal(12, patient["n"].AsBinary.Length);
    }

    [Fact]
    public void Find_TamperedCiphertext_FailsLoudlyWithoutPatientData()
    {
        using var db = new CutoverDatabase(":memory:", _keys);
        var entry = NewEntry();
        new EntryStore(db).Insert(entry);
        var raw = RawEntry(db, entry.Id);
        raw["Patient"]["c"].AsBinary[3] ^= 0x01;
        db.Database.GetCollection("entries").Update(raw);

        var error = Assert.Throws<SealedDataException>(() => new EntryStore(db).Find(entry.Id));

        Assert.Contains("integrity check", error.Message);
        Assert.DoesNotContain("Quenby", error.Message);
    }

    [Fact]
    public void Find_DetailsMovedFromAnotherEntry_FailIntegrityCheck()
    {
        using var db = new CutoverDatabase(":memory:", _keys);
        var store = new EntryStore(db);
        var first = NewEntry();
        var second = NewEntry(name: "Someone Else");
        store.Insert(first);
        store.Insert(second);
        var raw = RawEntry(db, second.Id);
        raw["Patient"] = RawEntry(db, first.Id)["Patient"];
        db.Database.GetCollection("entries").Update(raw);

        Assert.Throws<SealedDataException>(() => store.Find(second.Id));
    }

    [Fact]
    public void Find_SealedWithAKeyNotInTheRing_NamesTheKeyIdAndTheSetting()
    {
        var entry = NewEntry();
        using (var db = new CutoverDatabase(_path, _keys)) new EntryStore(db).Insert(entry);

        using var other = new CutoverDatabase(_path, new KeyRing(DataKey.Generate()));
        var error = Assert.Throws<SealedDataException>(() => new EntryStore(other).Find(entry.Id));

        Assert.Contains(_keys.Current.Id, error.Message);
        Assert.Contains("Storage:PreviousKeys", error.Message);
        Assert.DoesNotContain("Quenby", error.Message);
    }

    [Fact]
    public void Find_OldKeyInRing_ReadsOldEntriesAndSealsNewOnesUnderTheCurrentKey()
    {
        var old = NewEntry();
        using (var db = new CutoverDatabase(_path, _keys)) new EntryStore(db).Insert(old);
        var newKey = DataKey.Generate();

        using var rotated = new CutoverDatabase(_path, new KeyRing(newKey, [_keys.Current]));
        var store = new EntryStore(rotated);
        var fresh = NewEntry();
        store.Insert(fresh);

        Assert.Equal("Philippa Quenby", store.Find(old.Id)!.Patient.Name);
        Assert.Equal(_keys.Current.Id, RawEntry(rotated, old.Id)["Patient"]["k"].AsString);
        Assert.Equal(newKey.Id, RawEntry(rotated, fresh.Id)["Patient"]["k"].AsString);
    }

    [Fact]
    public void Find_PlainDetailsWrittenBeforeEncryption_StillRead()
    {
        using var db = new CutoverDatabase(":memory:", _keys);
        var id = Guid.NewGuid();
        db.Database.GetCollection("entries").Insert(new BsonDocument
        {
            ["_id"] = id, ["PracticeId"] = "19:riverside", ["Reference"] = "CALL-0009", ["Deleted"] = false,
            ["Patient"] = new BsonDocument { ["Name"] = "Legacy Person", ["DateOfBirth"] = "1950-01-01", ["NhsNumber"] = "9434765919" },
        });

        var entry = new EntryStore(db).Find(id)!;

        Assert.Equal("Legacy Person", entry.Patient.Name);
        Assert.Equal(new DateOnly(1950, 1, 1), entry.Patient.DateOfBirth);
    }

    internal static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
