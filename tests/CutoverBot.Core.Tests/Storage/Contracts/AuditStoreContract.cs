using CutoverBot.Core.Entries;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>The audit trail on every engine: what is recorded comes back whole, in order of writing, for the entry and the practice.</summary>
public abstract class AuditStoreContract(StoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2027, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Add_EveryField_ComesBackAsRecorded()
    {
        var audit = engine.Audit();
        var entry = Guid.NewGuid();
        var record = new AuditRecord
        {
            EntryId = entry, PracticeId = _practice, Reference = "CALL-0007", Action = AuditAction.Edited,
            UserId = "29:amy", UserName = "Amy Ross", At = new DateTimeOffset(2027, 3, 2, 9, 30, 15, 250, TimeSpan.FromHours(1)),
            Changes = [new AuditChange { Field = "Patient name", IsPatientField = true }, new AuditChange { Field = "Kind", Old = "Call", New = "Note" }],
            Surface = "entry.edit", References = ["CALL-0007"], Count = 1,
        };

        audit.Add(record);
        var stored = Assert.Single(audit.ForEntry(entry));

        Assert.True(record.Id > 0, $"{engine.Name}: the record was given no id");
        Assert.Equal(record.Id, stored.Id);
        Assert.Equal((record.Reference, record.Action, record.UserId, record.UserName, record.At, record.Surface, record.Count),
            (stored.Reference, stored.Action, stored.UserId, stored.UserName, stored.At, stored.Surface, stored.Count));
        Assert.Equal(["Patient name|||True", "Kind|Call|Note|False"], stored.Changes.Select(c => $"{c.Field}|{c.Old}|{c.New}|{c.IsPatientField}"));
        Assert.Equal(["CALL-0007"], stored.References);
    }

    [Fact]
    public void ForEntry_ChangesOnlyOldestFirst_RecordsOfOneInstantInOrderOfWriting()
    {
        var audit = engine.Audit();
        var entry = Guid.NewGuid();
        foreach (var action in new[] { AuditAction.Created, AuditAction.Viewed, AuditAction.Edited, AuditAction.Reentered })
            audit.Add(Record(entry, action, Noon));
        audit.Add(Record(entry, AuditAction.Edited, Noon.AddMinutes(-5)));
        audit.Add(Record(Guid.NewGuid(), AuditAction.Created, Noon));

        var actions = audit.ForEntry(entry).Select(r => $"{r.At:HH:mm} {r.Action}").ToList();

        Assert.True(actions.SequenceEqual(["11:55 Edited", "12:00 Created", "12:00 Edited", "12:00 Reentered"]), $"{engine.Name}: {string.Join(", ", actions)}");
    }

    [Fact]
    public void ForPractice_ViewsIncluded_OtherPracticesNot()
    {
        var audit = engine.Audit();
        audit.Add(Record(Guid.NewGuid(), AuditAction.Created, Noon));
        audit.Add(Record(Guid.Empty, AuditAction.Viewed, Noon.AddMinutes(1)));
        audit.Add(new AuditRecord { PracticeId = _practice + "-other", Action = AuditAction.Exported, At = Noon });

        var actions = audit.ForPractice(_practice).Select(r => r.Action).ToList();

        Assert.Equal([AuditAction.Created, AuditAction.Viewed], actions);
    }

    private AuditRecord Record(Guid entry, AuditAction action, DateTimeOffset at) =>
        new() { EntryId = entry, PracticeId = _practice, Action = action, At = at, UserId = "29:amy", UserName = "Amy Ross" };
}

public sealed class AuditStoreOnLiteDbTests() : AuditStoreContract(new LiteDbEngine());

public sealed class AuditStoreOnPostgreSqlTests(PostgresTestDatabase database)
    : AuditStoreContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
