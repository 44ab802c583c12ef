using System.Collections.Concurrent;
using CutoverBot.Delivery;
using CutoverBot.Delivery.PostgreSql;
using CutoverBot.Tests.Postgres;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CutoverBot.Tests.Storage.Contracts;

/// <summary>
/// The outbox on every engine: replies queued sealed, offered oldest first per conversation, each sent by the one
/// sender that claimed it, so deliverers on two instances working through the same rows send each once and in order.
/// </summary>
public abstract class OutboxContract : IDisposable
{
    protected static readonly DateTimeOffset Now = new(2027, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly HostStoreEngine _engine;

    protected OutboxContract(HostStoreEngine engine)
    {
        _engine = engine;
        // Heads and counts are of the whole outbox: each test starts from an empty one (the class shares its database).
        _engine.Make(db => 0, db => db.Use((connection, _) =>
        {
            using var command = new NpgsqlCommand("DELETE FROM cutover.outbox", connection);
            return command.ExecuteNonQuery();
        }));
    }

    protected readonly FakeTimeProvider Time = new(Now);
    protected readonly string Conversation = "a:chat-" + Guid.NewGuid().ToString("N");

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void Add_QueuedSealed_HeadsOldestFirstPerConversation_HeldOnesNotOffered()
    {
        var outbox = Outbox();
        var first = outbox.Add(Reply(Conversation, "Margaret Evans 14/02/1948"), "tenant-1", held: false, Now, "entry:tag");
        outbox.Add(Reply(Conversation, "second"), "tenant-1", held: false, Now);
        var held = outbox.Add(Reply(Conversation + "-b", "held"), "tenant-1", held: true, Now);
        var other = AnotherInstance();

        Assert.True(other.HasPending(Conversation) && other.HasPending(Conversation + "-b") && !other.HasPending(Conversation + "-c"), $"{_engine.Name}: waiting replies not seen");
        Assert.Equal(3, other.Count);
        var head = Assert.Single(other.Heads());
        Assert.Equal((first, Conversation, "tenant-1", "http://127.0.0.1:1/", Now), (head.Id, head.ConversationId, head.TenantId, head.ServiceUrl, head.QueuedAt));
        Assert.Equal("Margaret Evans 14/02/1948", other.Open(head).Text);
        Assert.Equal("entry:tag", other.TagOf(first));
        Assert.True(StoredPayload(first).AsSpan().IndexOf("Margaret"u8) < 0, $"{_engine.Name}: a queued reply is not sealed at rest");
        outbox.Release(held);
        Assert.Equal([first, held], other.Heads().Select(h => h.Id));
    }

    [Fact]
    public void TryClaim_AHeadClaimedByOneInstance_NotOfferedOrClaimedElsewhere_TheRowBehindItWaits()
    {
        var (one, two) = (Outbox(), AnotherInstance());
        one.Add(Reply(Conversation, "first"), "t", held: false, Now);
        var second = one.Add(Reply(Conversation, "second"), "t", held: false, Now);
        var head = Assert.Single(two.Heads());

        Assert.True(one.TryClaim(head), $"{_engine.Name}: a free head could not be claimed");
        Assert.False(two.TryClaim(head), $"{_engine.Name}: a head claimed by one instance was claimed by another");
        Assert.Empty(two.Heads());
        Assert.False(two.TryClaim(new OutboxMessage { Id = second, ConversationId = Conversation }), $"{_engine.Name}: a reply was claimed before the one ahead of it");
        one.RecordAttempt(head);
        one.Release(head.Id);
        var again = Assert.Single(two.Heads());
        Assert.True(two.TryClaim(again) && again.Attempts == 1, $"{_engine.Name}: a released head was not free again with its attempt counted");
        two.Remove(again);
        Assert.Equal([second], one.Heads().Select(h => h.Id));
    }

    [Fact]
    public async Task Deliverers_OnTwoInstancesAtOnce_EachReplySentOnceAndInOrder()
    {
        var conversations = Enumerable.Range(0, 6).Select(c => $"{Conversation}-{c}").ToList();
        var producer = Outbox();
        foreach (var i in Enumerable.Range(0, 25))
            foreach (var c in conversations) producer.Add(Reply(c, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "t", held: false, Now);
        var stores = new[] { producer, AnotherInstance(), Outbox(), AnotherInstance() };
        var sent = new ConcurrentDictionary<string, List<int>>();
        using var start = new Barrier(stores.Length);

        await Task.WhenAll(stores.Select(store => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            Drain(store, sent);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
        Drain(stores[1], sent);

        Assert.All(conversations, c => Assert.True(sent.TryGetValue(c, out var got) && got.SequenceEqual(Enumerable.Range(0, 25)),
            $"{_engine.Name}: {c} got {string.Join(",", sent.GetValueOrDefault(c) ?? [])}"));
        Assert.Equal(0, producer.Count);
    }

    /// <summary>What a deliverer does with each row: claim it, send it (recorded here), remove it; until nothing is offered.</summary>
    private protected static void Drain(IOutboxStore store, ConcurrentDictionary<string, List<int>> sent)
    {
        while (store.Heads() is { Count: > 0 } heads)
        {
            foreach (var row in heads)
            {
                if (!store.TryClaim(row)) continue;
                var list = sent.GetOrAdd(row.ConversationId, _ => []);
                lock (list) list.Add(int.Parse(store.Open(row).Text, System.Globalization.CultureInfo.InvariantCulture));
                store.Remove(row);
            }
        }
    }

    protected static Activity Reply(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ServiceUrl = "http://127.0.0.1:1/",
        Conversation = new ConversationAccount(id: conversationId),
    };

    private protected IOutboxStore Outbox() => _engine.Make<IOutboxStore>(db => new OutboxStore(db), db => new PostgresOutboxStore(db, Time));

    private protected IOutboxStore AnotherInstance() => _engine.MakeOnAnotherInstance<IOutboxStore>(db => new OutboxStore(db), db => new PostgresOutboxStore(db, Time));

    private byte[] StoredPayload(long id) => _engine.Make(
        db => db.Database.GetCollection("outbox").FindById(id)["Payload"].AsBinary,
        db => db.Use((connection, _) =>
        {
            using var command = new NpgsqlCommand("SELECT payload FROM cutover.outbox WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            return (byte[])command.ExecuteScalar()!;
        }));
}

public sealed class OutboxOnLiteDbTests() : OutboxContract(new LiteDbHostEngine());

/// <summary>Also what only a shared database has: an instance that stops holding a row, and its turn's hold.</summary>
public sealed class OutboxOnPostgreSqlTests(PostgresTestDatabase database)
    : OutboxContract(new PostgreSqlHostEngine(database)), IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public void Deliverer_InstanceStopsHoldingARow_AnotherSendsTheRestInOrderAfterTheLease_OnlyOnce()
    {
        var (stopped, alive) = (Outbox(), AnotherInstance());
        foreach (var i in Enumerable.Range(0, 5)) stopped.Add(Reply(Conversation, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "t", held: false, Now);
        alive.Add(Reply(Conversation + "-other", "0"), "t", held: false, Now);
        var sent = new ConcurrentDictionary<string, List<int>>();
        Assert.True(stopped.TryClaim(stopped.Heads()[0]));

        Drain(alive, sent);
        Assert.False(sent.ContainsKey(Conversation), "PostgreSQL: a reply went before the one ahead of it, held by the stopped instance");
        Assert.Equal([0], sent[Conversation + "-other"]);

        Time.Advance(PostgresOutboxStore.ClaimLease);
        Drain(alive, sent);

        Assert.Equal([0, 1, 2, 3, 4], sent[Conversation]);
        Assert.Equal(0, alive.Count);
    }

    [Fact]
    public void Remove_ByAnInstanceNotHoldingTheRow_LeavesIt()
    {
        var (turn, other) = (Outbox(), AnotherInstance());
        var id = turn.Add(Reply(Conversation, "held by its turn"), "t", held: true, Now);

        other.Remove(id);
        other.Release(id);

        Assert.Equal(1, other.Count);
        Assert.Empty(other.Heads());
        turn.Remove(id);
        Assert.Equal(0, other.Count);
    }
}
