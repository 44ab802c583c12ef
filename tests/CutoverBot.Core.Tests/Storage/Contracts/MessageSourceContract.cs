using System.Collections.Concurrent;
using CutoverBot.Core.MessageActions;
using CutoverBot.Core.MessageActions.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>The messages entries were logged from, on every engine: found by message and by entry, written in the entry's save, and one message logged once by two instances at once.</summary>
public abstract class MessageSourceContract(StoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2027, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly string _practice = "19:practice-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    private IMessageSourceStore Store() => engine.Make<IMessageSourceStore>(db => new MessageSourceStore(db), pg => new PostgresMessageSourceStore(pg));

    private IMessageSourceStore OnAnotherInstance() =>
        engine.MakeOnAnotherInstance<IMessageSourceStore>(db => new MessageSourceStore(db), pg => new PostgresMessageSourceStore(pg));

    [Fact]
    public void Upsert_FoundByKeyAndByEntry_ASecondUpsertReplacesIt()
    {
        var sources = Store();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        sources.Upsert(Source("m1", first, "https://teams.microsoft.com/l/message/1"));
        sources.Upsert(Source("m2", Guid.NewGuid(), null));

        var found = sources.Find(Key("m1"))!;
        Assert.Equal((first, _practice, "m1", "https://teams.microsoft.com/l/message/1", Noon), (found.EntryId, found.PracticeId, found.MessageId, found.Link, found.LoggedAt));
        Assert.Equal(Key("m1"), sources.ForEntry(first)?.Id);

        sources.Upsert(Source("m1", second, null));
        Assert.True(sources.Find(Key("m1"))?.EntryId == second, $"{engine.Name}: the source still names the removed entry");
        Assert.Null(sources.ForEntry(first));
        Assert.Null(sources.Find(Key("m3")));
    }

    [Fact]
    public void Upsert_InsideASaveThatFails_IsNotKept()
    {
        var (entries, sources) = (engine.Entries(), Store());
        var entry = new CutoverBot.Core.Entries.Entry { PracticeId = _practice, AuthorId = "29:amy", LoggedAt = Noon };

        Assert.Throws<InvalidOperationException>(() => entries.InsertWith(entry, () => { }, () =>
        {
            sources.Upsert(Source("m1", entry.Id, null));
            throw new InvalidOperationException("audit down");
        }));

        Assert.Null(sources.Find(Key("m1")));
    }

    [Fact]
    public void Hold_TwoInstancesLoggingOneMessageAtOnce_OnlyOneFindsItNew()
    {
        var instances = new[] { Store(), OnAnotherInstance() };
        var logged = new ConcurrentBag<string>();

        Race.TwoInstances(20, (instance, round) =>
        {
            var sources = instances[instance];
            var key = Key("m" + round);
            using (sources.Hold(key))
            {
                if (sources.Find(key) is not null) return;
                // The time an entry's save takes, so an instance that did not wait would also find nothing.
                Thread.Sleep(5);
                sources.Upsert(Source("m" + round, Guid.NewGuid(), null));
                logged.Add(key);
            }
        });

        Assert.True(logged.Count == 20, $"{engine.Name}: {logged.Count} entries logged from 20 messages");
    }

    private string Key(string messageId) => SourceLink.KeyOf(_practice, "19:chat", messageId)!;

    private MessageSource Source(string messageId, Guid entryId, string? link) =>
        new() { Id = Key(messageId), EntryId = entryId, PracticeId = _practice, MessageId = messageId, Link = link, LoggedAt = Noon };
}

public sealed class MessageSourceOnLiteDbTests() : MessageSourceContract(new LiteDbEngine());

public sealed class MessageSourceOnPostgreSqlTests(PostgresTestDatabase database)
    : MessageSourceContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
