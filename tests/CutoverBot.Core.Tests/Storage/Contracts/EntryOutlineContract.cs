using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>
/// The outlines behind every count, checklist tick and go-live card: kept in memory on both engines, they must show
/// what any instance wrote, and never an entry whose save was rolled back.
/// </summary>
public abstract class EntryOutlineContract(StoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    [Fact]
    public void AnotherInstanceInsertsConfirmsAndDeletes_SeenOnTheNextRead()
    {
        var here = engine.Entries();
        var there = engine.AnotherInstance().Entries;
        for (var i = 1; i <= 3; i++) here.Insert(New($"CALL-{i:D4}", Monday.AddMinutes(i)));
        Assert.Equal(3, here.OutlinesForPractice(_practice).Count);
        Assert.Empty(here.DoneAt(_practice));

        there.Insert(New("CALL-0004", Monday.AddMinutes(-5)));
        var confirmed = there.FindByReference(_practice, "CALL-0002")!;
        confirmed.Status = EntryStatus.Reentered;
        confirmed.ReenteredAt = Monday.AddDays(9);
        there.Update(confirmed);
        there.SoftDelete(there.FindByReference(_practice, "CALL-0003")!);

        Assert.True(here.OutlinesForPractice(_practice).Select(o => o.Reference).SequenceEqual(["CALL-0004", "CALL-0001", "CALL-0002"]),
            $"{engine.Name}: {string.Join(", ", here.OutlinesForPractice(_practice).Select(o => o.Reference))}");
        Assert.Equal((2, 1), (here.Count(_practice, EntryStatus.Pending), here.Count(_practice, EntryStatus.Reentered)));
        Assert.Equal(Monday.AddDays(9), Assert.Single(here.DoneAt(_practice)).Value);
        Assert.Equal(3, here.CategoriesLoggedOn(_practice, new DateOnly(2027, 3, 1)).Count);
    }

    [Fact]
    public void ReadInsideASaveThatRollsBack_TheEntryIsNotShownAfterwards()
    {
        var here = engine.Entries();
        here.Insert(New("CALL-0001", Monday));
        var failing = New("CALL-0002", Monday.AddMinutes(1));
        var seenInside = 0;

        Assert.Throws<InvalidOperationException>(() => here.InsertWith(failing, () => { }, () =>
        {
            seenInside = here.OutlinesForPractice(_practice).Count;
            throw new InvalidOperationException("audit down");
        }));
        engine.AnotherInstance().Entries.Insert(New("CALL-0003", Monday.AddMinutes(2)));

        Assert.True(here.OutlinesForPractice(_practice).Select(o => o.Reference).SequenceEqual(["CALL-0001", "CALL-0003"]),
            $"{engine.Name}: saw {seenInside} inside the failed save, then {string.Join(", ", here.OutlinesForPractice(_practice).Select(o => o.Reference))}");
    }

    [Fact]
    public void TwoInstancesSavingAndReadingAtOnce_EachEndsWithEveryEntry()
    {
        var instances = new[] { engine.Entries(), engine.AnotherInstance().Entries };

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            instances[i % 2].Insert(New($"CALL-{i + 1:D4}", Monday.AddSeconds(i)));
            _ = instances[(i + 1) % 2].OutlinesForPractice(_practice).Count;
        });

        var expected = Enumerable.Range(1, 200).Select(n => $"CALL-{n:D4}").ToList();
        foreach (var instance in instances)
        {
            var seen = instance.OutlinesForPractice(_practice).Select(o => o.Reference).ToList();
            Assert.True(seen.SequenceEqual(expected), $"{engine.Name}: {seen.Count} of 200 outlines, {seen.Distinct().Count()} distinct");
        }
    }

    private Entry New(string reference, DateTimeOffset at) => new()
    {
        PracticeId = _practice, Reference = reference, Category = EntryCategory.Call, AuthorId = "29:author", AuthorName = "Amy Ross", LoggedAt = at,
        Patient = new PatientDetails(),
    };
}

public sealed class EntryOutlineOnLiteDbTests() : EntryOutlineContract(new LiteDbEngine());

public sealed class EntryOutlineOnPostgreSqlTests(PostgresTestDatabase database)
    : EntryOutlineContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
