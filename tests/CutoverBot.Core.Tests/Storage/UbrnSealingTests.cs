using System.Text;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using LiteDB;

namespace CutoverBot.Core.Tests.Storage;

/// <summary>A UBRN is patient data: sealed with the details, never beside them, and upgraded in databases that had it in plain.</summary>
public sealed class UbrnSealingTests : IDisposable
{
    private const string Ubrn = "381920475566";
    private const string PracticeId = "19:riverside";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-ubrn-{Guid.NewGuid():N}.db");
    private readonly KeyRing _keys = new(DataKey.Generate());

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(Path.ChangeExtension(_path, null) + "-log.db");
    }

    private static Entry Referral(string? ubrn = Ubrn) => new()
    {
        PracticeId = PracticeId,
        Reference = "REF-0001",
        Category = EntryCategory.Referral,
        Patient = new PatientDetails { Name = "Philippa Quenby", DateOfBirth = new DateOnly(1948, 2, 14) },
        Ubrn = ubrn,
        LoggedAt = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero),
    };

    private static BsonDocument Raw(CutoverDatabase db, Guid id) => db.Database.GetCollection("entries").FindById(id);

    [Fact]
    public void Insert_ReferralWithUbrn_FileHoldsNoUbrnAndItReadsBack()
    {
        var entry = Referral();
        using (var db = new CutoverDatabase(_path, _keys))
        {
            new EntryStore(db).Insert(entry);
            Assert.False(Raw(db, entry.Id).ContainsKey("Ubrn"));
        }

        var bytes = File.ReadAllBytes(_path);
        foreach (var form in new[] { Ubrn, "3819 2047 5566" })
        {
            Assert.False(PatientSealingTests.Contains(bytes, Encoding.UTF8.GetBytes(form)), form);
            Assert.False(PatientSealingTests.Contains(bytes, Encoding.Unicode.GetBytes(form)), form);
        }
        using var reopened = new CutoverDatabase(_path, _keys);
        Assert.Equal(Ubrn, new EntryStore(reopened).Find(entry.Id)!.Ubrn);
    }

    [Fact]
    public void Find_UbrnFromAnotherEntrysSealedDetails_FailsIntegrityCheck()
    {
        using var db = new CutoverDatabase(":memory:", _keys);
        var store = new EntryStore(db);
        var first = Referral();
        var second = Referral(ubrn: null);
        store.Insert(first);
        store.Insert(second);
        var raw = Raw(db, second.Id);
        raw["Patient"] = Raw(db, first.Id)["Patient"];
        db.Database.GetCollection("entries").Update(raw);

        Assert.Throws<SealedDataException>(() => store.Find(second.Id));
    }

    [Fact]
    public void OutlinesForPractice_WithoutTheKey_StillKnowWhichReferralsHaveAUbrn()
    {
        var with = Referral();
        var without = Referral(ubrn: null);
        using (var db = new CutoverDatabase(_path, _keys))
        {
            var store = new EntryStore(db);
            store.Insert(with);
            store.Insert(without);
        }

        // Another key opens nothing: the outlines come from the presence flags alone.
        using var other = new CutoverDatabase(_path, new KeyRing(DataKey.Generate()));
        var outlines = new EntryStore(other).OutlinesForPractice(PracticeId).ToDictionary(o => o.Id);

        Assert.True(outlines[with.Id].HasUbrn);
        Assert.False(outlines[with.Id].Missing.HasFlag(RequiredFields.Ubrn));
        Assert.False(outlines[without.Id].HasUbrn);
        Assert.True(outlines[without.Id].Missing.HasFlag(RequiredFields.Ubrn));
    }

    [Fact]
    public void Open_EntryAndAuditFromBeforeTheUbrnWasSealed_SealsItAndDropsItsAuditValues()
    {
        var entry = Referral(ubrn: null);
        using (var db = new CutoverDatabase(_path, _keys))
        {
            new EntryStore(db).Insert(entry);
            MakeLegacy(db, entry.Id);
            // An edit as an older version recorded it, with the UBRN's values.
            new AuditStore(db).Add(new AuditRecord
            {
                EntryId = entry.Id, PracticeId = PracticeId, Action = AuditAction.Edited,
                Changes = [new AuditChange { Field = EntryFields.Ubrn, Old = "111122223333", New = Ubrn }],
            });
        }

        using var reopened = new CutoverDatabase(_path, _keys);

        Assert.False(Raw(reopened, entry.Id).ContainsKey("Ubrn"));
        Assert.Equal(Ubrn, new EntryStore(reopened).Find(entry.Id)!.Ubrn);
        var change = Assert.Single(Assert.Single(new AuditStore(reopened).ForEntry(entry.Id)).Changes);
        Assert.Equal(("ubrn", null, null, true), (change.Field, change.Old, change.New, change.IsPatientField));
        Assert.Equal(LegacyUbrnUpgrade.SealedVersion, reopened.Database.UserVersion);
        reopened.Dispose();
        var bytes = File.ReadAllBytes(_path);
        Assert.False(PatientSealingTests.Contains(bytes, Encoding.UTF8.GetBytes(Ubrn)), "file still holds it");
        Assert.False(PatientSealingTests.Contains(bytes, Encoding.UTF8.GetBytes("111122223333")), "file still holds old");
    }

    [Fact]
    public void Open_LegacyUbrnUnderAKeyNotConfigured_LeftAsItWasAndTriedAgainOnceTheKeyIsThere()
    {
        var entry = Referral(ubrn: null);
        using (var db = new CutoverDatabase(_path, _keys))
        {
            new EntryStore(db).Insert(entry);
            MakeLegacy(db, entry.Id);
        }

        using (var wrongKey = new CutoverDatabase(_path, new KeyRing(DataKey.Generate())))
        {
            Assert.Equal(Ubrn, Raw(wrongKey, entry.Id)["Ubrn"].AsString);
            Assert.Equal(0, wrongKey.Database.UserVersion);
        }

        using var rightKey = new CutoverDatabase(_path, _keys);
        Assert.False(Raw(rightKey, entry.Id).ContainsKey("Ubrn"));
        Assert.Equal(Ubrn, new EntryStore(rightKey).Find(entry.Id)!.Ubrn);
    }

    [Fact]
    public void Run_UbrnStillBesideTheDetailsUnderTheCurrentKey_RotationSealsItInWithThem()
    {
        var entry = Referral(ubrn: null);
        using (var db = new CutoverDatabase(_path, _keys))
        {
            new EntryStore(db).Insert(entry);
            // As if the upgrade had been marked done without reaching this entry: rotate-key must not skip it.
            MakeLegacy(db, entry.Id, version: LegacyUbrnUpgrade.SealedVersion);
        }

        using var db2 = new CutoverDatabase(_path, _keys);
        Assert.True(Raw(db2, entry.Id).ContainsKey("Ubrn"));
        var report = new KeyRotation(db2).Run();

        Assert.Equal(1, report.EntriesResealed);
        Assert.False(Raw(db2, entry.Id).ContainsKey("Ubrn"));
        Assert.Equal(Ubrn, new EntryStore(db2).Find(entry.Id)!.Ubrn);
    }

    // What an older version stored: the UBRN in plain beside the sealed details, and no upgrade yet.
    private static void MakeLegacy(CutoverDatabase db, Guid id, int version = 0)
    {
        var raw = Raw(db, id);
        raw["Ubrn"] = Ubrn;
        raw.Remove(EntryLookupFields.HasUbrn);
        db.Database.GetCollection("entries").Update(raw);
        db.Database.UserVersion = version;
    }
}
