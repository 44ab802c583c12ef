using CutoverBot.Core.Entries;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.PostgreSql;

/// <summary>migrate-storage's copy, from a real LiteDB file into the real server: everything arrives and opens, a second run copies nothing, and different data in the target stops it.</summary>
public sealed class LiteDbToPostgresTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private const string Practice = "19:riverside@thread.tacv2";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-copy-{Guid.NewGuid():N}.db");
    private readonly KeyRing _keys = new(DataKey.Generate());

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Copy_ThenAgain_EverythingArrivesOnceAndOpensWithTheSameKey()
    {
        var target = database.Another();
        using (var source = new CutoverDatabase(_path, _keys)) Fill(source, 3);
        using var db = new PostgresDatabase(target, _keys);

        var first = Copy(db);
        var second = Copy(db);

        Assert.Equal(1, first.Practices);
        Assert.Equal((new StorageCopyCount("entries", 4, 0), new StorageCopyCount("reference counters", 1, 0), new StorageCopyCount("audit records", 4, 0)),
            (first["entries"], first["reference counters"], first["audit records"]));
        Assert.Equal((new StorageCopyCount("entries", 0, 4), new StorageCopyCount("reference counters", 0, 1), new StorageCopyCount("audit records", 0, 4)),
            (second["entries"], second["reference counters"], second["audit records"]));
        var entries = new PostgresEntryStore(db);
        Assert.Equal(["CALL-0001", "CALL-0002", "CALL-0003"], entries.FindByNhsNumber(Practice, "9434765919").Select(e => e.Reference));
        Assert.Equal("Edna Price", entries.FindByReference(Practice, "CALL-0002")!.Patient.Name);
        Assert.Single(entries.HeldFor("29:amy"));
        Assert.Equal(4, new PostgresAuditStore(db).ForPractice(Practice).Count);
        Assert.Equal("CALL-0004", new PostgresReferenceCounterStore(db).NextReference(Practice, "CALL"));
    }

    [Fact]
    public void Copy_TargetChangedSince_RefusesNamingTheEntryAndCopiesNothing()
    {
        var target = database.Another();
        using (var source = new CutoverDatabase(_path, _keys)) Fill(source, 2);
        using var db = new PostgresDatabase(target, _keys);
        Copy(db);
        var entries = new PostgresEntryStore(db);
        var changed = entries.FindByReference(Practice, "CALL-0001")!;
        changed.Status = EntryStatus.Reentered;
        entries.Update(changed);
        using (var source = new CutoverDatabase(_path, _keys)) Fill(source, 1, start: 3);

        var refused = Assert.Throws<StorageCopyRefusedException>(() => Copy(db));

        Assert.Contains($"entry CALL-0001 of practice {Practice} with other contents", refused.Message, StringComparison.Ordinal);
        Assert.Null(entries.FindByReference(Practice, "CALL-0003"));
        Assert.DoesNotContain("Edna", refused.Message, StringComparison.Ordinal);
    }

    private StorageCopyReport Copy(PostgresDatabase target)
    {
        using var source = new CutoverDatabase(_path, _keys);
        return LiteDbToPostgres.Copy(source, target);
    }

    private static void Fill(CutoverDatabase db, int count, int start = 1)
    {
        var (entries, counters, audit) = (new EntryStore(db), new ReferenceCounterStore(db), new AuditStore(db));
        for (var i = start; i < start + count; i++)
        {
            var entry = new Entry
            {
                PracticeId = Practice, Category = EntryCategory.HomeVisit, AuthorId = "29:amy", AuthorName = "Amy Ross",
                LoggedAt = new DateTimeOffset(2027, 3, 1, 9, i, 0, TimeSpan.Zero),
                Patient = new PatientDetails { Name = "Edna Price", DateOfBirth = new DateOnly(1931, 4, 3), NhsNumber = "9434765919" },
            };
            entries.InsertWith(entry, () => entry.Reference = counters.NextReference(Practice, "CALL"),
                () => audit.Add(new AuditRecord { EntryId = entry.Id, PracticeId = Practice, Reference = entry.Reference, Action = AuditAction.Created, At = entry.LoggedAt }));
        }
        if (start == 1)
        {
            entries.Insert(new Entry { AuthorId = "29:amy", AuthorName = "Amy Ross", LoggedAt = new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero), Patient = new PatientDetails { Name = "Held Person" } });
            audit.Add(new AuditRecord { PracticeId = Practice, Action = AuditAction.Viewed, At = new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero), Surface = "my entries" });
        }
    }
}
