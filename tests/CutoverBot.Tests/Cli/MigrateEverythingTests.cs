using CutoverBot.Bot.Welcome;
using CutoverBot.Cli;
using CutoverBot.Core.Storage;
using CutoverBot.Delivery;
using Microsoft.Bot.Schema;
using CutoverBot.Core.Checklist.PostgreSql;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.MessageActions.PostgreSql;
using CutoverBot.Core.Practices.PostgreSql;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Scheduling.PostgreSql;
using CutoverBot.Core.Sharing.PostgreSql;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Bot.Files.PostgreSql;
using CutoverBot.Bot.Posts.PostgreSql;
using CutoverBot.Bot.Welcome.PostgreSql;
using CutoverBot.Graph.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Tests.Cli;

/// <summary>
/// migrate-storage with a practice's whole fortnight in the file (<see cref="SeededWork"/>): every kind arrives and the
/// bot's PostgreSQL stores read it, a second run finds it all there, and a record changed on the server stops the copy.
/// </summary>
public sealed class MigrateEverythingTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private const string Riverside = SeededDatabase.RiversideId;
    private readonly SeededDatabase _db = new();
    private readonly StringWriter _err = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task MigrateStorage_AFortnightsWork_EveryKindArrivesAndTheBotsStoresReadIt()
    {
        SeededWork.Add(_db);
        var target = database.Another();

        var code = await Migrate(target);

        Assert.Equal(CliExitCodes.Ok, code);
        foreach (var line in new[]
        {
            "entries: 3 copied", "practices: 2 copied", "roster lines: 2 copied", "users: 1 copied", "reference counters: 0 copied",
            "checklist ticks: 1 copied", "checklist tick history: 3 copied", "morning posts: 1 copied", "planned mornings: 1 copied",
            "message sources: 1 copied", "progress shares: 1 copied", "welcomes: 1 copied", "entry cards posted: 1 copied",
            "go-live cards posted: 1 copied", "Graph notices: 1 copied", "files waiting for consent: 1 copied",
        })
            Assert.Contains("  " + line + ", 0 already there", _err.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Not copied", _err.ToString(), StringComparison.Ordinal);
        using var db = new PostgresDatabase(target, Keys());
        var practices = new PostgresPracticeStore(db);
        Assert.Equal("Riverside Surgery", practices.FindByAnyKey("F81001")!.Name);
        Assert.Equal(["29:alice", "29:gail"], practices.Members(Riverside).Select(m => m.UserId));
        Assert.Equal([Riverside], practices.PracticesOfStaff("29:alice").Select(p => p.Id));
        Assert.Equal("a:alice", practices.FindUser("29:alice")!.PersonalConversationId);
        var ticks = new PostgresChecklistTickStore(db, TimeProvider.System);
        Assert.Equal(["backup-confirmed"], ticks.ForPractice(Riverside).Keys);
        Assert.Equal([true, true, false], ticks.History(Riverside).Select(h => h.Ticked));
        var posts = new PostgresPostLogStore(db);
        Assert.Equal(PostStatus.Sent, posts.Find(Riverside, MorningPostKind.ChannelChecklist, SeededWork.Day)!.Status);
        Assert.True(posts.WasPlanned(Riverside, SeededWork.Day, "settings-1"));
        Assert.Equal("1:msg", new PostgresMessageSourceStore(db).ForEntry(SeededWork.EntryId)!.MessageId);
        Assert.Equal(["19:pcn@thread.tacv2"], new PostgresProgressShareStore(db).SharedBy(Riverside).Select(s => s.TeamId));
        Assert.NotNull(new PostgresWelcomeStore(db).Find(IWelcomeStore.TeamKey(Riverside))!.CompletedAt);
        Assert.Equal("hash-1", new PostgresEntryPostStore(db, TimeProvider.System).ForEntry(SeededWork.EntryId).Single().CardHash);
        Assert.Equal("1:golive", new PostgresGoLivePostStore(db).Recent(Riverside).Single().ActivityId);
        Assert.False(new PostgresChannelFilesNoticeStore(db).FirstTime(Riverside, SeededWork.Morning));
        Assert.Equal(1, new PostgresPendingFileStore(db).DeleteForPractice(Riverside));
    }

    [Fact]
    public async Task MigrateStorage_Again_EveryKindAlreadyThere()
    {
        SeededWork.Add(_db);
        var target = database.Another();
        await Migrate(target);
        _err.GetStringBuilder().Clear();

        var code = await Migrate(target);

        Assert.Equal(CliExitCodes.Ok, code);
        Assert.DoesNotMatch(@"[1-9][0-9]* copied", _err.ToString());
        Assert.Contains("  roster lines: 0 copied, 2 already there", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("  checklist tick history: 0 copied, 3 already there", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("  files waiting for consent: 0 copied, 1 already there", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateStorage_PracticeChangedOnTheServer_RefusesNamingItAndCopiesNothing()
    {
        var target = database.Another();
        await Migrate(target);
        using (var db = new PostgresDatabase(target, Keys()))
        {
            var practices = new PostgresPracticeStore(db);
            var riverside = practices.Find(Riverside)!;
            riverside.ManagerUserId = "29:someone-else";
            practices.Upsert(riverside);
        }
        SeededWork.Add(_db);

        var code = await Migrate(target);

        Assert.Equal(CliExitCodes.Refused, code);
        Assert.Contains($"PostgreSQL holds practice {Riverside} with other contents than this LiteDB file. Nothing was copied.", _err.ToString(), StringComparison.Ordinal);
        using var after = new PostgresDatabase(target, Keys());
        Assert.Empty(new PostgresPracticeStore(after).Members(Riverside));
        Assert.Empty(new PostgresChecklistTickStore(after, TimeProvider.System).History(Riverside));
    }

    [Fact]
    public async Task MigrateStorage_PostedCardChangedOnTheServer_RefusesNamingTheCard()
    {
        SeededWork.Add(_db);
        var target = database.Another();
        await Migrate(target);
        using (var db = new PostgresDatabase(target, Keys()))
        {
            var posts = new PostgresEntryPostStore(db, TimeProvider.System);
            posts.MarkRendered(posts.ForEntry(SeededWork.EntryId).Single(), "hash-rendered-since");
        }
        _err.GetStringBuilder().Clear();

        var code = await Migrate(target);

        Assert.Equal(CliExitCodes.Refused, code);
        Assert.Contains("PostgreSQL holds posted entry card 19:riverside@thread.tacv2|1:card with other contents", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateStorage_ReplyStillQueuedInTheFile_SaysItIsLeftThere()
    {
        using (var db = new CutoverDatabase(_db.Path, Keys()))
        {
            var reply = new Activity { Type = ActivityTypes.Message, Text = "Saved CALL-0002", Conversation = new ConversationAccount(id: "a:alice"), ServiceUrl = "https://smba.example/" };
            new OutboxStore(db).Add(reply, "tenant-1", held: false, SeededWork.Morning);
        }

        var code = await Migrate(database.Another());

        Assert.Equal(CliExitCodes.Ok, code);
        Assert.Contains("Not copied: 1 reply the bot could not deliver yet, left in the LiteDB file", _err.ToString(), StringComparison.Ordinal);
    }

    private Task<int?> Migrate(string target) =>
        CliRunner.TryRunAsync(["migrate-storage", "--to", "postgresql", "--database", _db.Path, "--connection", target], TextWriter.Null, _err);

    private KeyRing Keys() => new(KeyFile.Read(KeyFile.PathFor(_db.Path))!);
}
