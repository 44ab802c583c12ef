using CutoverBot.Bot.Posts;
using CutoverBot.Bot.Posts.PostgreSql;
using CutoverBot.Tests.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Storage.Contracts;

/// <summary>
/// Posted cards on every engine: an entry's and a practice's latest few come back newest first with the hash last put
/// there, a tag from the outbox is recorded, and two instances posting at once keep the latest few (and at most one
/// more each, until the next post trims it).
/// </summary>
public abstract class PostStoreContract(HostStoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2027, 3, 2, 12, 0, 0, TimeSpan.Zero);
    // Each post a millisecond after the last (LiteDB keeps milliseconds), from any thread.
    private readonly FakeTimeProvider _time = new(Noon) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    [Fact]
    public void EntryPosts_NewestFirst_OnlyTheLatestKept_HashRemembered()
    {
        var posts = EntryPosts();
        var entry = Guid.NewGuid();
        for (var i = 1; i <= 8; i++) posts.Remember(entry, shared: i % 2 == 0, "19:channel", $"post-{i}", i == 8 ? "hash-8" : null);
        posts.Remember(Guid.NewGuid(), shared: true, "19:channel", "post-other");
        posts.Remember(entry, shared: true, "19:channel", "");

        var kept = posts.ForEntry(entry);
        posts.MarkRendered(kept[1], "hash-7");

        Assert.True(kept.Select(p => p.ActivityId).SequenceEqual(["post-8", "post-7", "post-6", "post-5", "post-4", "post-3"]),
            $"{engine.Name}: {string.Join(", ", kept.Select(p => p.ActivityId))}");
        Assert.Equal(("19:channel", true, "hash-8", entry), (kept[0].ConversationId, kept[0].Shared, kept[0].CardHash, kept[0].EntryId));
        Assert.Equal(["hash-8", "hash-7", null], posts.ForEntry(entry).Take(3).Select(p => p.CardHash));
    }

    [Fact]
    public void EntryPosts_PostedWithATag_RecordedAsThatEntrysCard_OtherTagsIgnored()
    {
        var posts = EntryPosts();
        var entry = Guid.NewGuid();

        posts.Posted(IEntryPostStore.TagFor(entry, shared: false), "a:personal", "late-1");
        posts.Posted("checklist:" + entry.ToString("N") + ":shared", "a:personal", "late-2");

        var post = Assert.Single(posts.ForEntry(entry));
        Assert.Equal(("a:personal", "late-1", false), (post.ConversationId, post.ActivityId, post.Shared));
    }

    [Fact]
    public void EntryPosts_TwoInstancesRememberingAtOnce_TheLatestKeptAndFewMore()
    {
        var instances = new[] { EntryPosts(), engine.MakeOnAnotherInstance<IEntryPostStore>(db => new EntryPostStore(db, _time), db => new PostgresEntryPostStore(db, _time)) };
        var entry = Guid.NewGuid();

        Parallel.For(0, 100, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => instances[i % 2].Remember(entry, true, "19:channel", $"post-{i:D3}"));

        var all = instances[0].ForEntry(entry);
        var newest = all.Take(IEntryPostStore.KeptPerEntry).ToList();
        Assert.True(all.Count is >= IEntryPostStore.KeptPerEntry and <= IEntryPostStore.KeptPerEntry + 2, $"{engine.Name}: {all.Count} posts kept");
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.PostedAt >= p.Second.PostedAt), $"{engine.Name}: not newest first");
        Assert.True(newest[^1].PostedAt >= Noon.AddMilliseconds(100 - IEntryPostStore.KeptPerEntry), $"{engine.Name}: a newer post was removed ({newest[^1].PostedAt:O} kept)");
    }

    [Fact]
    public void GoLivePosts_NewestFirst_OnlyTheLatestKept_PerPractice()
    {
        var posts = GoLivePosts();
        for (var i = 1; i <= 5; i++) posts.Remember(_practice, "19:channel", $"golive-{i}", $"hash-{i}", Noon.AddMinutes(i));
        posts.Remember(_practice + "-other", "19:other", "golive-x", "hash-x", Noon);

        var kept = posts.Recent(_practice);
        posts.MarkRendered(kept[2], "hash-3b");

        Assert.True(kept.Select(p => p.ActivityId).SequenceEqual(["golive-5", "golive-4", "golive-3"]), $"{engine.Name}: {string.Join(", ", kept.Select(p => p.ActivityId))}");
        Assert.Equal((_practice, "19:channel", Noon.AddMinutes(5)), (kept[0].PracticeId, kept[0].ConversationId, kept[0].PostedAt));
        Assert.Equal(["hash-5", "hash-4", "hash-3b"], posts.Recent(_practice).Select(p => p.CardHash));
        Assert.Single(posts.Recent(_practice + "-other"));
    }

    [Fact]
    public void GoLivePosts_TwoInstancesRememberingAtOnce_TheLatestKeptAndFewMore()
    {
        var instances = new[] { GoLivePosts(), engine.MakeOnAnotherInstance<IGoLivePostStore>(db => new GoLivePostStore(db), db => new PostgresGoLivePostStore(db)) };

        Parallel.For(0, 30, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => instances[i % 2].Remember(_practice, "19:channel", $"golive-{i:D2}", "h", Noon.AddSeconds(i)));

        var kept = instances[1].Recent(_practice).Select(p => p.ActivityId).ToList();
        Assert.True(kept.Take(3).SequenceEqual(["golive-29", "golive-28", "golive-27"]) && kept.Count <= IGoLivePostStore.KeptPerPractice + 2,
            $"{engine.Name}: {string.Join(", ", kept)}");
    }

    private IEntryPostStore EntryPosts() => engine.Make<IEntryPostStore>(db => new EntryPostStore(db, _time), db => new PostgresEntryPostStore(db, _time));

    private IGoLivePostStore GoLivePosts() => engine.Make<IGoLivePostStore>(db => new GoLivePostStore(db), db => new PostgresGoLivePostStore(db));
}

public sealed class PostStoreOnLiteDbTests() : PostStoreContract(new LiteDbHostEngine());

public sealed class PostStoreOnPostgreSqlTests(PostgresTestDatabase database)
    : PostStoreContract(new PostgreSqlHostEngine(database)), IClassFixture<PostgresTestDatabase>;
