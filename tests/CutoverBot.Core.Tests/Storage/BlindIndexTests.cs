using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;

namespace CutoverBot.Core.Tests.Storage;

public sealed class BlindIndexTests
{
    private const string Riverside = "19:riverside";
    private const string Hillside = "19:hillside";

    private static Entry NewEntry(string practiceId, string reference, string? nhs, bool deleted = false) => new()
    {
        PracticeId = practiceId,
        Reference = reference,
        Patient = new PatientDetails { Name = "Philippa Quenby", NhsNumber = nhs },
        LoggedAt = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero).AddMinutes(reference.Length),
        Deleted = deleted,
    };

    [Fact]
    public void FindByNhsNumber_TypedWithSpaces_FindsOnlyThatPatientsLiveEntriesInThePractice()
    {
        using var db = new CutoverDatabase(":memory:", new KeyRing(DataKey.Generate()));
        var store = new EntryStore(db);
        store.Insert(NewEntry(Riverside, "CALL-0001", "9434765919"));
        store.Insert(NewEntry(Riverside, "REG-0001", "9434765919"));
        store.Insert(NewEntry(Riverside, "CALL-0002", "4010232137"));
        store.Insert(NewEntry(Riverside, "CALL-0003", "9434765919", deleted: true));
        store.Insert(NewEntry(Hillside, "CALL-0001", "9434765919"));

        var found = store.FindByNhsNumber(Riverside, "943 476 5919");

        Assert.Equal(["CALL-0001", "REG-0001"], found.Select(e => e.Reference).Order());
        Assert.Empty(store.FindByNhsNumber(Riverside, "123"));
    }

    [Fact]
    public void FindByNhsNumber_IndexIsAnHmacNotTheNumberAndDiffersPerPractice()
    {
        using var db = new CutoverDatabase(":memory:", new KeyRing(DataKey.Generate()));
        var store = new EntryStore(db);
        var a = NewEntry(Riverside, "CALL-0001", "9434765919");
        var b = NewEntry(Hillside, "CALL-0001", "9434765919");
        store.Insert(a);
        store.Insert(b);

        var raw = db.Database.GetCollection("entries");
        var indexA = raw.FindById(a.Id)["NhsNumberIndex"].AsString;
        var indexB = raw.FindById(b.Id)["NhsNumberIndex"].AsString;

        // The number itself, or a run of it long enough to narrow a search, never appears; three digits of it would
        // turn up in a random 32-character hex string about once in 140 runs, so they say nothing.
        Assert.DoesNotContain("9434765919", indexA);
        Assert.DoesNotContain("4765919", indexA);
        Assert.Matches("^[0-9a-f]{32,}$", indexA);
        Assert.NotEqual(indexA, indexB);
    }

    [Fact]
    public void FindByNhsNumber_EntryFiledToAPracticeOrNumberCorrected_FollowsTheChange()
    {
        using var db = new CutoverDatabase(":memory:", new KeyRing(DataKey.Generate()));
        var store = new EntryStore(db);
        var held = NewEntry("", "CALL-0001", "9434765919");
        store.Insert(held);

        held.PracticeId = Riverside;
        store.Update(held);
        Assert.Single(store.FindByNhsNumber(Riverside, "9434765919"));

        held.Patient.NhsNumber = "4010232137";
        store.Update(held);
        Assert.Empty(store.FindByNhsNumber(Riverside, "9434765919"));
        Assert.Single(store.FindByNhsNumber(Riverside, "4010232137"));
    }

    [Fact]
    public void FindByNhsNumber_EntriesIndexedUnderAPreviousKey_StillFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cutover-index-{Guid.NewGuid():N}.db");
        var oldKey = DataKey.Generate();
        try
        {
            using (var db = new CutoverDatabase(path, new KeyRing(oldKey))) new EntryStore(db).Insert(NewEntry(Riverside, "CALL-0001", "9434765919"));

            using var rotated = new CutoverDatabase(path, new KeyRing(DataKey.Generate(), [oldKey]));

            Assert.Single(new EntryStore(rotated).FindByNhsNumber(Riverside, "9434765919"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
