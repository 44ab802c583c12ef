using CutoverBot.Bot.Welcome;
using CutoverBot.Bot.Welcome.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Tests.Storage.Contracts;

/// <summary>
/// Greeting claims on every engine: of two instances claiming one install's greeting at once exactly one posts it
/// (Teams sends both install events, perhaps to different instances), a released claim is taken with what was already
/// sent, and a completed greeting is never claimed again until forgotten.
/// </summary>
public abstract class WelcomeContract(HostStoreEngine engine) : IDisposable
{
    protected static readonly DateTimeOffset Now = new(2027, 3, 2, 9, 30, 0, TimeSpan.Zero);
    protected readonly string Key = IWelcomeStore.TeamKey("19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2");

    public void Dispose() => engine.Dispose();

    [Fact]
    public async Task TryClaim_TwoInstancesAtOnce_ExactlyOneWins()
    {
        var instances = new[] { Welcomes(), AnotherInstance() };
        using var start = new Barrier(16);

        // A thread each (not the pool, which would start them one by one), released together.
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return instances[i % 2].TryClaim(Key, Now);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        Assert.True(claims.Count(c => c is not null) == 1, $"{engine.Name}: {claims.Count(c => c is not null)} instances would post the welcome");
    }

    [Fact]
    public void TryClaim_ReleasedAfterTheText_ClaimedElsewhereWithTheTextMarkedSent()
    {
        var first = Welcomes();
        Assert.NotNull(first.TryClaim(Key, Now));
        first.MarkTextSent(Key, Now);
        first.Release(Key);

        var claim = AnotherInstance().TryClaim(Key, Now.AddSeconds(5));

        Assert.True(claim is not null, $"{engine.Name}: a released greeting could not be claimed again");
        Assert.Equal((2, Now, (DateTimeOffset?)null), (claim.Attempts, claim.TextSentAt, claim.CardSentAt));
    }

    [Fact]
    public void TryClaim_Completed_NeverAgainUntilForgotten()
    {
        var first = Welcomes();
        first.TryClaim(Key, Now);
        first.MarkTextSent(Key, Now);
        first.MarkCardSent(Key, Now.AddSeconds(1));
        first.Complete(Key, Now.AddSeconds(2));
        var other = AnotherInstance();

        Assert.Null(other.TryClaim(Key, Now.AddDays(1)));
        var done = other.Find(Key)!;
        Assert.Equal((Now.AddSeconds(1), Now.AddSeconds(2), (string?)null), (done.CardSentAt, done.CompletedAt, done.ClaimedBy));
        other.Forget(Key, Now.AddDays(30));
        Assert.True(first.TryClaim(Key, Now.AddDays(30)) is { Attempts: 1, TextSentAt: null }, $"{engine.Name}: a forgotten greeting was not owed again");
    }

    [Fact]
    public void Forget_ByAnInstallEventThatFoundTheBotNewBeforeTheOtherEventClaimed_KeepsTheNewGreeting()
    {
        // The slower of Teams' two install events found the team new at Now; the faster one claimed and sent since.
        var faster = Welcomes();
        Assert.NotNull(faster.TryClaim(Key, Now.AddSeconds(1)));
        faster.MarkTextSent(Key, Now.AddSeconds(1));
        faster.Complete(Key, Now.AddSeconds(2));
        var slower = AnotherInstance();

        slower.Forget(Key, Now);

        Assert.True(slower.TryClaim(Key, Now.AddSeconds(3)) is null, $"{engine.Name}: the slower install event would greet the team a second time");
    }

    private protected IWelcomeStore Welcomes() => engine.Make<IWelcomeStore>(db => new WelcomeStore(db), db => new PostgresWelcomeStore(db));

    private protected IWelcomeStore AnotherInstance() => engine.MakeOnAnotherInstance<IWelcomeStore>(db => new WelcomeStore(db), db => new PostgresWelcomeStore(db));
}

public sealed class WelcomeOnLiteDbTests() : WelcomeContract(new LiteDbHostEngine());

/// <summary>Also what only a shared database has: another instance's live claim, and one left by an instance that stopped.</summary>
public sealed class WelcomeOnPostgreSqlTests(PostgresTestDatabase database)
    : WelcomeContract(new PostgreSqlHostEngine(database)), IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public void TryClaim_ClaimOfAStoppedInstance_TakenOverAfterTheLease_ItsLateReleaseLeavesTheNewClaim()
    {
        var stopped = Welcomes();
        var other = AnotherInstance();
        Assert.NotNull(stopped.TryClaim(Key, Now));
        stopped.MarkTextSent(Key, Now);

        Assert.Null(other.TryClaim(Key, Now + PostgresWelcomeStore.ClaimLease - TimeSpan.FromSeconds(1)));
        var takeover = other.TryClaim(Key, Now + PostgresWelcomeStore.ClaimLease);
        stopped.Release(Key);
        stopped.MarkCardSent(Key, Now);

        Assert.Equal((2, Now), (takeover?.Attempts, takeover?.TextSentAt));
        Assert.Null(other.TryClaim(Key, Now + PostgresWelcomeStore.ClaimLease));
        Assert.Null(other.Find(Key)!.CardSentAt);
    }
}
