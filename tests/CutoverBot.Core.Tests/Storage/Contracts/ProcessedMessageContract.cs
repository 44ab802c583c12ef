using CutoverBot.Core.Entries;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>The messages taken in, on every engine: a copy is recognised, two days are remembered, and a mark made inside a failed save is not kept.</summary>
public abstract class ProcessedMessageContract(StoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly string _key = "a:chat-" + Guid.NewGuid().ToString("N") + "\n" + "1700000000000";

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Record_ThenContains_TheCopyIsRecognisedAndNoOtherMessage()
    {
        var taken = engine.ProcessedMessages();
        Assert.False(taken.Contains(_key));

        taken.Record(_key, Now);
        taken.Record(_key, Now.AddSeconds(20));

        Assert.True(taken.Contains(_key), $"{engine.Name}: a message taken in was not recognised");
        Assert.False(taken.Contains(_key + "-other"));
    }

    [Fact]
    public void Prune_ForgetsOnlyWhatIsOlderThanTwoDays()
    {
        var taken = engine.ProcessedMessages();
        taken.Add(_key + "-old", Now.AddHours(-49));
        taken.Add(_key + "-recent", Now.AddHours(-47));

        Assert.True(taken.Prune(Now) >= 1);

        Assert.False(taken.Contains(_key + "-old"));
        Assert.True(taken.Contains(_key + "-recent"));
    }

    [Fact]
    public void Add_InsideASaveThatFails_IsNotKept()
    {
        var (entries, taken) = (engine.Entries(), engine.ProcessedMessages());
        var entry = new Entry { PracticeId = "p-" + Guid.NewGuid().ToString("N"), AuthorId = "29:amy", LoggedAt = Now };

        Assert.Throws<InvalidOperationException>(() => entries.InsertWith(entry, () => { }, () =>
        {
            taken.Add(_key, Now);
            throw new InvalidOperationException("audit down");
        }));

        Assert.False(taken.Contains(_key), $"{engine.Name}: the message was marked taken in though its entry was not saved");
        Assert.Null(entries.Find(entry.Id));
    }
}

public sealed class ProcessedMessageOnLiteDbTests() : ProcessedMessageContract(new LiteDbEngine());

public sealed class ProcessedMessageOnPostgreSqlTests(PostgresTestDatabase database)
    : ProcessedMessageContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
