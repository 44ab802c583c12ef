using System.Collections.Concurrent;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>Entries on every engine with two instances writing at once: references stay unique and gap-free, and a confirmation, a numbering or a purge of one entry is done by one of them.</summary>
public abstract class EntryStoreRaceContract(StoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");
    private readonly string _author = "29:author-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Number_TwoInstancesFilingTheSameHeldEntriesAtOnce_EachNumberedOnceGapFree()
    {
        var instances = new[] { (engine.Entries(), engine.Counters(), engine.Audit()), engine.AnotherInstance() };
        var held = Enumerable.Range(0, 20).Select(i => New("", null, Monday.AddMinutes(i))).ToList();
        foreach (var entry in held)
        {
            entry.PracticeId = "";
            instances[0].Item1.Insert(entry);
        }
        var numbered = new ConcurrentBag<string>();

        // The author's two messages reach two instances, and each files the author's held entries.
        Race.TwoInstances(20, (instance, round) =>
        {
            var (entries, counters, audit) = instances[instance];
            var entry = entries.Find(held[round].Id)!;
            entries.Number(entry, () =>
            {
                // The time a busy server takes over the draw and the audit write, so both instances are inside at once.
                Thread.Sleep(5);
                entry.PracticeId = _practice;
                entry.Reference = counters.NextReference(_practice, "CALL");
                audit.Add(new AuditRecord { EntryId = entry.Id, PracticeId = _practice, Reference = entry.Reference, Action = AuditAction.AssignedToPractice, At = Monday });
                numbered.Add(entry.Reference);
            });
        });

        var references = engine.Entries().ForPractice(_practice).Select(e => e.Reference).Order(StringComparer.Ordinal).ToList();
        Assert.True(numbered.Count == 20 && references.SequenceEqual(Enumerable.Range(1, 20).Select(n => $"CALL-{n:D4}")),
            $"{engine.Name}: {numbered.Count} numbers drawn for 20 entries; stored {string.Join(", ", references)}");
        Assert.Equal(20, engine.Audit().ForPractice(_practice).Count);
        Assert.Empty(engine.Entries().HeldFor(_author));
    }

    [Fact]
    public void UpdateIfStatus_TwoInstancesConfirmingAtOnce_OneConfirmationKept()
    {
        var instances = new[] { engine.Entries(), engine.AnotherInstance().Entries };
        var ids = Enumerable.Range(1, 20).Select(i => New($"CALL-{i:D4}", null, Monday.AddMinutes(i))).Select(e =>
        {
            instances[0].Insert(e);
            return e.Id;
        }).ToList();
        var confirmed = new ConcurrentBag<(Guid, string)>();

        // Two people click Re-entered on the same entry at once, their clicks reaching two instances.
        Race.TwoInstances(20, (instance, round) =>
        {
            var entry = instances[instance].Find(ids[round])!;
            (entry.Status, entry.ReenteredBy) = (EntryStatus.Reentered, $"User {instance}");
            if (instances[instance].UpdateIfStatus(entry, EntryStatus.Pending)) confirmed.Add((entry.Id, entry.ReenteredBy));
        });

        Assert.True(confirmed.Count == 20 && confirmed.Select(c => c.Item1).Distinct().Count() == 20, $"{engine.Name}: {confirmed.Count} confirmations kept for 20 entries");
        Assert.All(confirmed, c => Assert.Equal(c.Item2, instances[1].Find(c.Item1)!.ReenteredBy));
    }

    [Fact]
    public void Purge_TwoInstancesAtOnce_EachEntryPurgedByOne()
    {
        var instances = new[] { engine.Entries(), engine.AnotherInstance().Entries };
        var ids = Enumerable.Range(1, 30).Select(i => New($"CALL-{i:D4}", "9434765919", Monday.AddMinutes(i))).Select(e =>
        {
            instances[0].Insert(e);
            return e.Id;
        }).ToList();
        var purged = new ConcurrentBag<Guid>();

        Race.TwoInstances(30, (instance, round) =>
        {
            var entry = instances[instance].Find(ids[round])!;
            if (instances[instance].Purge(entry, Monday.AddDays(90))) purged.Add(entry.Id);
        });

        Assert.True(purged.Count == 30 && purged.Distinct().Count() == 30, $"{engine.Name}: {purged.Count} purges reported for 30 entries");
        Assert.Empty(instances[1].NotPurged(_practice));
    }

    private Entry New(string reference, string? nhs, DateTimeOffset at) => new()
    {
        PracticeId = _practice, Reference = reference, Category = EntryCategory.Call, AuthorId = _author, AuthorName = "Amy Ross", LoggedAt = at,
        Patient = new PatientDetails { NhsNumber = nhs, Name = nhs is null ? null : "Edna Price" },
    };
}

public sealed class EntryStoreRaceOnLiteDbTests() : EntryStoreRaceContract(new LiteDbEngine());

public sealed class EntryStoreRaceOnPostgreSqlTests(PostgresTestDatabase database)
    : EntryStoreRaceContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
