using System.Collections.Concurrent;
using CutoverBot.Bot.Files;
using CutoverBot.Bot.Files.PostgreSql;
using CutoverBot.Tests.Postgres;
using Npgsql;

namespace CutoverBot.Tests.Storage.Contracts;

/// <summary>
/// Files waiting for consent on every engine: stored sealed, taken once by their own user (whichever instance the
/// consent reaches), gone after a day or with the practice's purge.
/// </summary>
public abstract class PendingFileContract(HostStoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Workbook = "NHS number 943 476 5919, Margaret Evans"u8.ToArray();
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Take_ByItsUserOnAnotherInstance_OpenedOnceAndSealedAtRest()
    {
        var file = Files().Add("29:maria", "export.xlsx", "application/vnd.ms-excel", Workbook, Now, _practice);
        var other = AnotherInstance();

        var stored = StoredContent(file.Id);
        Assert.True(stored.AsSpan().IndexOf("Margaret"u8) < 0 && stored.Length > Workbook.Length, $"{engine.Name}: the file's bytes are not sealed at rest");
        Assert.Null(other.Take(file.Id, "29:sam", Now));
        var taken = other.Take(file.Id, "29:maria", Now.AddHours(1));
        Assert.True(taken is not null, $"{engine.Name}: the user's own file could not be taken");
        Assert.Equal(Workbook, taken.Content);
        Assert.Equal(("export.xlsx", "application/vnd.ms-excel", _practice, Now), (taken.FileName, taken.ContentType, taken.PracticeId, taken.OfferedAt));
        Assert.Null(Files().Take(file.Id, "29:maria", Now.AddHours(1)));
    }

    [Fact]
    public void Take_TwoInstancesAtOnce_OnlyOneGetsTheFile()
    {
        var instances = new[] { Files(), AnotherInstance() };
        var file = instances[0].Add("29:maria", "export.xlsx", "x", Workbook, Now);
        using var start = new Barrier(16);
        var got = new ConcurrentBag<PendingFile>();

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            start.SignalAndWait();
            if (instances[i % 2].Take(file.Id, "29:maria", Now) is { } taken) got.Add(taken);
        });

        Assert.True(got.Count == 1, $"{engine.Name}: the file was taken {got.Count} times");
    }

    [Fact]
    public void DeleteExpiredAndForPractice_RemoveOnlyThose()
    {
        var files = Files();
        var old = files.Add("29:maria", "a.xlsx", "x", [1], Now);
        var recent = files.Add("29:maria", "b.xlsx", "x", [2], Now.AddHours(23));
        var purged = files.Add("29:maria", "c.xlsx", "x", [3], Now.AddHours(23), _practice);
        var before = files.Count();

        Assert.Equal(1, files.DeleteExpired(Now + IPendingFileStore.Lifetime));
        Assert.Equal(1, files.DeleteForPractice(_practice));

        Assert.Equal(before - 2, files.Count());
        Assert.Null(files.Take(old.Id, "29:maria", Now));
        Assert.Null(files.Take(purged.Id, "29:maria", Now));
        Assert.Equal([2], files.Take(recent.Id, "29:maria", Now.AddHours(24))!.Content);
        Assert.Null(AnotherInstance().Take(files.Add("29:maria", "d.xlsx", "x", [4], Now).Id, "29:maria", Now + IPendingFileStore.Lifetime));
    }

    private IPendingFileStore Files() => engine.Make<IPendingFileStore>(db => new PendingFileStore(db), db => new PostgresPendingFileStore(db));

    private IPendingFileStore AnotherInstance() => engine.MakeOnAnotherInstance<IPendingFileStore>(db => new PendingFileStore(db), db => new PostgresPendingFileStore(db));

    private byte[] StoredContent(string id) => engine.Make(
        db => db.Database.GetCollection("pending_files").FindById(id)["Content"].AsBinary,
        db => db.Use((connection, _) =>
        {
            using var command = new NpgsqlCommand("SELECT content FROM cutover.pending_files WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            return (byte[])command.ExecuteScalar()!;
        }));
}

public sealed class PendingFileOnLiteDbTests() : PendingFileContract(new LiteDbHostEngine());

public sealed class PendingFileOnPostgreSqlTests(PostgresTestDatabase database)
    : PendingFileContract(new PostgreSqlHostEngine(database)), IClassFixture<PostgresTestDatabase>;
