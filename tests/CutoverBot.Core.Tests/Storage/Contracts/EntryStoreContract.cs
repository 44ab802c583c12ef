using System.Collections.Concurrent;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>Entries on every engine: what is saved comes back, the queries staff rely on find the same entries, and a save keeps its reference and audit record or none of them.</summary>
public abstract class EntryStoreContract(StoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");
    private readonly string _author = "29:author-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Insert_EveryField_ComesBackAsSaved()
    {
        var store = engine.Entries();
        var entry = New("CALL-0001", "9434765919", Monday.ToOffset(TimeSpan.FromHours(1)));
        entry.Patient = new PatientDetails { Name = "Margaret Evans", DateOfBirth = new DateOnly(1948, 2, 14), NhsNumber = "9434765919", Text = "  spaced  " };
        entry.Ubrn = "123456789012";
        entry.OccurredOn = new DateOnly(2027, 2, 28);
        entry.PrescriptionChannel = PrescriptionChannel.Phone;
        entry.ReenteredAt = Monday.AddDays(1);

        store.Insert(entry);
        var stored = store.Find(entry.Id)!;

        Assert.Equal(("Margaret Evans", new DateOnly(1948, 2, 14), "9434765919", "  spaced  "), (stored.Patient.Name, stored.Patient.DateOfBirth, stored.Patient.NhsNumber, stored.Patient.Text));
        Assert.Equal(("123456789012", new DateOnly(2027, 2, 28), PrescriptionChannel.Phone), (stored.Ubrn, stored.OccurredOn, stored.PrescriptionChannel));
        Assert.Equal((entry.LoggedAt, entry.ReenteredAt), (stored.LoggedAt, stored.ReenteredAt));
        Assert.Equal((_practice, "CALL-0001", _author, EntryCategory.Call), (stored.PracticeId, stored.Reference, stored.AuthorId, stored.Category));
    }

    [Fact]
    public void FindByReferenceAndNhsNumber_IgnoreCase_StayInThePractice_SkipDeleted()
    {
        var store = engine.Entries();
        store.Insert(New("CALL-0001", "9434765919", Monday));
        store.Insert(New("CALL-0002", "9434765919", Monday.AddHours(1)));
        var deleted = New("CALL-0003", "9434765919", Monday.AddHours(2));
        store.Insert(deleted);
        store.SoftDelete(deleted);
        store.Insert(New("CALL-0004", "4010232137", Monday.AddHours(3)));
        var elsewhere = New("CALL-0001", "9434765919", Monday);
        elsewhere.PracticeId = _practice + "-other";
        store.Insert(elsewhere);

        Assert.Equal("CALL-0002", store.FindByReference(_practice, " call-0002 ")?.Reference);
        Assert.Null(store.FindByReference(_practice, "CALL-0003"));
        Assert.Equal(["CALL-0001", "CALL-0002"], store.FindByNhsNumber(_practice, "943 476 5919").Select(e => e.Reference));
        Assert.Empty(store.FindByNhsNumber(_practice, "12345"));
    }

    [Fact]
    public void Outlines_CountsAndAuthorQueries_SeeLiveEntriesOnly()
    {
        var store = engine.Entries();
        for (var i = 1; i <= 5; i++) store.Insert(New($"CALL-{i:D4}", null, Monday.AddMinutes(i)));
        var done = store.FindByReference(_practice, "CALL-0002")!;
        done.Status = EntryStatus.Reentered;
        store.Update(done);
        store.SoftDelete(store.FindByReference(_practice, "CALL-0005")!);

        Assert.Equal(["CALL-0001", "CALL-0002", "CALL-0003", "CALL-0004"], store.OutlinesForPractice(_practice).Select(o => o.Reference));
        Assert.Equal(3, store.Count(_practice, EntryStatus.Pending));
        Assert.Equal(["CALL-0002"], store.OutlinesForPractice(_practice, EntryStatus.Reentered).Select(o => o.Reference));
        Assert.Equal(["CALL-0003", "CALL-0002"], store.ByAuthor(_practice, _author, 1, 2).Select(e => e.Reference));
        Assert.Equal(4, store.CountByAuthor(_practice, _author));
        Assert.Equal("CALL-0004", store.LastByAuthor(_author)?.Reference);
        Assert.Equal(4, store.CategoriesLoggedOn(_practice, new DateOnly(2027, 3, 1)).Count);
        Assert.Equal(4, store.KeysForPractice(_practice).Count);
    }

    [Fact]
    public void DoneAt_LiveReenteredAndNotNeededOnly_WithTheirTimes()
    {
        var store = engine.Entries();
        var (reentered, notNeeded, deleted, pending) = (New("CALL-0001", null, Monday), New("CALL-0002", null, Monday), New("CALL-0003", null, Monday), New("CALL-0004", null, Monday));
        (reentered.Status, reentered.ReenteredAt) = (EntryStatus.Reentered, Monday.AddDays(1).AddMilliseconds(250));
        (notNeeded.Status, notNeeded.ReenteredAt) = (EntryStatus.NotNeeded, Monday.AddDays(2));
        (deleted.Status, deleted.ReenteredAt, deleted.Deleted) = (EntryStatus.Reentered, Monday.AddDays(3), true);
        foreach (var entry in new[] { reentered, notNeeded, deleted, pending }) store.Insert(entry);

        var done = store.DoneAt(_practice);

        Assert.True(done.Count == 2, $"{engine.Name}: {done.Count} done entries");
        Assert.Equal((Monday.AddDays(1).AddMilliseconds(250), Monday.AddDays(2)), (done[reentered.Id], done[notNeeded.Id]));
        Assert.Empty(store.DoneAt(_practice + "-other"));
    }

    [Fact]
    public void Number_AlreadyNumbered_NothingWritten_AFailedOneKeepsNothing()
    {
        var store = engine.Entries();
        var entry = New("CALL-0001", null, Monday);
        store.Insert(entry);
        var stale = store.Find(entry.Id)!;
        (stale.PracticeId, stale.Reference) = ("", "");
        var unnumbered = New("", null, Monday);
        store.Insert(unnumbered);

        Assert.False(store.Number(stale, () => throw new InvalidOperationException("numbered twice")));
        Assert.Throws<InvalidOperationException>(() => store.Number(unnumbered, () =>
        {
            unnumbered.Reference = engine.Counters().NextReference(_practice, "REG");
            throw new InvalidOperationException("audit down");
        }));

        Assert.Equal((_practice, "CALL-0001"), (store.Find(entry.Id)!.PracticeId, store.Find(entry.Id)!.Reference));
        Assert.Equal("", store.Find(unnumbered.Id)!.Reference);
        Assert.True(store.Number(unnumbered, () => unnumbered.Reference = engine.Counters().NextReference(_practice, "REG")));
        Assert.True(store.Find(unnumbered.Id)!.Reference == "REG-0001", $"{engine.Name}: a failed numbering used up a number");
    }

    [Fact]
    public void UpdateIfStatus_DeletedOrChanged_NothingWritten()
    {
        var store = engine.Entries();
        var deleted = New("CALL-0001", null, Monday);
        store.Insert(deleted);
        store.SoftDelete(deleted);
        var pending = New("CALL-0002", null, Monday);
        store.Insert(pending);

        deleted.Deleted = false;
        deleted.Status = EntryStatus.Reentered;
        Assert.False(store.UpdateIfStatus(deleted, EntryStatus.Pending));
        pending.Status = EntryStatus.NotNeeded;
        Assert.False(store.UpdateIfStatus(pending, EntryStatus.Reentered));

        Assert.True(store.Find(deleted.Id) is { Deleted: true, Status: EntryStatus.Pending }, $"{engine.Name}: a deleted entry was confirmed");
        Assert.Equal(EntryStatus.Pending, store.Find(pending.Id)!.Status);
    }

    [Fact]
    public void Purge_RemovesDetailsAndUbrnOnce()
    {
        var store = engine.Entries();
        var entry = New("REF-0001", "9434765919", Monday);
        entry.Ubrn = "123456789012";
        store.Insert(entry);

        Assert.True(store.Purge(store.Find(entry.Id)!, Monday.AddDays(90)));
        Assert.False(store.Purge(store.Find(entry.Id)!, Monday.AddDays(91)), $"{engine.Name}: an entry was purged twice");

        var stored = store.Find(entry.Id)!;
        Assert.Equal((null, null, null, Monday.AddDays(90)), (stored.Patient.Name, stored.Patient.NhsNumber, stored.Ubrn, stored.PatientPurgedAt));
        Assert.Empty(store.FindByNhsNumber(_practice, "9434765919"));
        Assert.Empty(store.NotPurged(_practice));
    }

    [Fact]
    public void HeldAndUnnumbered_FoundForTheRepairAndThePurge()
    {
        var store = engine.Entries();
        var held = New("", "9434765919", Monday);
        held.PracticeId = "";
        store.Insert(held);
        store.Insert(New("", null, Monday.AddMinutes(1)));

        Assert.Contains(store.HeldFor(_author), e => e.Id == held.Id);
        Assert.Contains(store.HeldNotPurged(), e => e.Id == held.Id);
        Assert.Single(store.Unnumbered(), e => e.PracticeId == _practice);
        held.PatientPurgedAt = Monday.AddDays(90);
        held.Patient = new PatientDetails();
        store.Update(held);
        Assert.DoesNotContain(store.HeldFor(_author), e => e.Id == held.Id);
        Assert.DoesNotContain(store.HeldNotPurged(), e => e.Id == held.Id);
        Assert.Single(store.NotPurged(_practice));
    }

    [Fact]
    public void InsertWith_AuditFails_KeepsNothingAndTheNextEntryTakesTheSameNumber()
    {
        var store = engine.Entries();
        var counters = engine.Counters();
        var failing = New("", null, Monday);

        Assert.Throws<InvalidOperationException>(() => store.InsertWith(failing, () => failing.Reference = counters.NextReference(_practice, "CALL"),
            () => throw new InvalidOperationException("audit down")));
        var next = New("", null, Monday);
        store.InsertWith(next, () => next.Reference = counters.NextReference(_practice, "CALL"), () => { });

        Assert.Null(store.Find(failing.Id));
        Assert.True(store.FindByReference(_practice, "CALL-0001")?.Id == next.Id, $"{engine.Name}: a failed save used up a reference number");
    }

    [Fact]
    public void InsertWith_ManyAtOnceOnTwoInstances_ReferencesUniqueAndGapFreeEachWithItsRecord()
    {
        var instances = new[] { (engine.Entries(), engine.Counters(), engine.Audit()), engine.AnotherInstance() };
        var saved = new ConcurrentBag<Guid>();

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var (entries, counters, audit) = instances[i % 2];
            var entry = New("", null, Monday.AddSeconds(i));
            entries.InsertWith(entry, () => entry.Reference = counters.NextReference(_practice, "CALL"),
                () => audit.Add(new AuditRecord { EntryId = entry.Id, PracticeId = _practice, Reference = entry.Reference, Action = AuditAction.Created, At = entry.LoggedAt }));
            saved.Add(entry.Id);
        });

        var references = engine.Entries().ForPractice(_practice).Select(e => e.Reference).Order(StringComparer.Ordinal).ToList();
        Assert.True(references.SequenceEqual(Enumerable.Range(1, 200).Select(n => $"CALL-{n:D4}")),
            $"{engine.Name}: {references.Distinct().Count()} distinct references of {references.Count}, last {references.LastOrDefault()}");
        Assert.Equal(200, engine.Audit().ForPractice(_practice).Select(r => r.EntryId).Distinct().Count());
    }

    private Entry New(string reference, string? nhs, DateTimeOffset at) => new()
    {
        PracticeId = _practice, Reference = reference, Category = EntryCategory.Call, AuthorId = _author, AuthorName = "Amy Ross", LoggedAt = at,
        Patient = new PatientDetails { NhsNumber = nhs, Name = nhs is null ? null : "Edna Price" },
    };
}

public sealed class EntryStoreOnLiteDbTests() : EntryStoreContract(new LiteDbEngine());

public sealed class EntryStoreOnPostgreSqlTests(PostgresTestDatabase database)
    : EntryStoreContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
