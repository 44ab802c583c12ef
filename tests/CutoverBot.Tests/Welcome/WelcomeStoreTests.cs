using CutoverBot.Bot.Welcome;
using CutoverBot.Core.Storage;

namespace CutoverBot.Tests.Welcome;

/// <summary>The greeting claim on a real LiteDB file, opened again as a restarted bot would.</summary>
public sealed class WelcomeStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 30, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-welcome-{Guid.NewGuid():N}.db");
    private const string Key = "team:19:store@thread.tacv2";

    [Fact]
    public async Task TryClaim_ManyTurnsAtOnce_OnlyOneGetsIt()
    {
        using var db = new CutoverDatabase(_path);
        var store = new WelcomeStore(db);
        using var start = new Barrier(16);

        // A thread each (not the pool, which would start them one by one), released together.
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return store.TryClaim(Key, Now);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public void TryClaim_ClaimLeftByAStoppedProcess_TakenOverOnceWithWhatWasSent()
    {
        using (var before = new CutoverDatabase(_path))
        {
            var stopped = new WelcomeStore(before);
            Assert.NotNull(stopped.TryClaim(Key, Now));
            stopped.MarkTextSent(Key, Now);
        }
        using var db = new CutoverDatabase(_path);
        var store = new WelcomeStore(db);

        var claim = store.TryClaim(Key, Now.AddMinutes(1));

        Assert.NotNull(claim);
        Assert.Equal(2, claim.Attempts);
        Assert.NotNull(claim.TextSentAt);
        Assert.Null(claim.CardSentAt);
        Assert.Null(store.TryClaim(Key, Now.AddMinutes(1)));
    }

    [Fact]
    public void TryClaim_CompletedBeforeARestart_NeverClaimedAgain()
    {
        using (var before = new CutoverDatabase(_path))
        {
            var store = new WelcomeStore(before);
            store.TryClaim(Key, Now);
            store.Complete(Key, Now);
        }
        using var db = new CutoverDatabase(_path);

        Assert.Null(new WelcomeStore(db).TryClaim(Key, Now.AddDays(1)));
    }

    [Fact]
    public void TryClaim_SecondStoreOverTheSameOpening_LeavesTheLiveClaim()
    {
        // Every store over one opening is the same process: a claim it holds is in flight, not left by a stopped process.
        using var db = new CutoverDatabase(_path);
        Assert.NotNull(new WelcomeStore(db).TryClaim(Key, Now));

        Assert.Null(new WelcomeStore(db).TryClaim(Key, Now));
    }

    [Fact]
    public void Forget_AfterCompletion_TheNextInstallIsGreeted()
    {
        using var db = new CutoverDatabase(_path);
        var store = new WelcomeStore(db);
        store.TryClaim(Key, Now);
        store.Complete(Key, Now);

        store.Forget(Key, Now.AddDays(30));

        Assert.NotNull(store.TryClaim(Key, Now.AddDays(30)));
    }

    public void Dispose() => File.Delete(_path);
}
