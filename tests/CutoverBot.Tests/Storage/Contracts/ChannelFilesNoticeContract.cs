using System.Collections.Concurrent;
using CutoverBot.Graph;
using CutoverBot.Graph.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Tests.Storage.Contracts;

/// <summary>The "Graph is not set up" notice on every engine: a practice is told once, however many instances export at once.</summary>
public abstract class ChannelFilesNoticeContract(HostStoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    [Fact]
    public void FirstTime_TrueOncePerPractice()
    {
        var notices = Make();

        Assert.True(notices.FirstTime(_practice, Now), $"{engine.Name}: the first export was not told");
        Assert.False(notices.FirstTime(_practice, Now.AddDays(1)), $"{engine.Name}: told twice");
        Assert.True(notices.FirstTime(_practice + "-other", Now), $"{engine.Name}: another practice was not told");
    }

    [Fact]
    public void FirstTime_TwoInstancesAtOnce_TrueExactlyOnce()
    {
        var instances = new[] { Make(), engine.MakeOnAnotherInstance<IChannelFilesNoticeStore>(db => new ChannelFilesNoticeStore(db), db => new PostgresChannelFilesNoticeStore(db)) };
        var told = new ConcurrentBag<bool>();

        Parallel.For(0, 32, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => told.Add(instances[i % 2].FirstTime(_practice, Now)));

        Assert.True(told.Count(t => t) == 1, $"{engine.Name}: the practice was told {told.Count(t => t)} times");
    }

    private IChannelFilesNoticeStore Make() => engine.Make<IChannelFilesNoticeStore>(db => new ChannelFilesNoticeStore(db), db => new PostgresChannelFilesNoticeStore(db));
}

public sealed class ChannelFilesNoticeOnLiteDbTests() : ChannelFilesNoticeContract(new LiteDbHostEngine());

public sealed class ChannelFilesNoticeOnPostgreSqlTests(PostgresTestDatabase database)
    : ChannelFilesNoticeContract(new PostgreSqlHostEngine(database)), IClassFixture<PostgresTestDatabase>;
