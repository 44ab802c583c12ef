using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Tests.Storage;

/// <summary>
/// LiteDB keeps one transaction per thread, and later writes on a thread that still holds one join it: they are
/// answered as saved but only reach the file if that transaction is committed. A save's transaction must therefore end
/// on every path, and a save must never join one that nothing will end. Each test reads the file again afterwards.
/// </summary>
public sealed class TransactionEndTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-{Guid.NewGuid():N}.db");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void InsertWith_CommitRefused_LaterSaveOnTheSameThreadIsInTheFile()
    {
        var later = new Entry { AuthorId = "29:later", PracticeId = "19:p" };
        using (var db = new CutoverDatabase(_path))
        {
            var entries = new EntryStore(db);
            entries.Insert(new Entry { AuthorId = "29:earlier", PracticeId = "19:p" });
            IEnumerator<BsonDocument>? cursor = null;
            // A query still open when the save commits: LiteDB refuses that commit.
            Assert.Throws<LiteException>(() => entries.InsertWith(new Entry { AuthorId = "29:first", PracticeId = "19:p" },
                before: () =>
                {
                    cursor = db.Database.GetCollection(EntryStore.Collection).FindAll().GetEnumerator();
                    cursor.MoveNext();
                },
                after: () => { }));
            cursor!.Dispose();

            entries.Insert(later);
        }

        using var reopened = new CutoverDatabase(_path);
        Assert.NotNull(new EntryStore(reopened).Find(later.Id));
    }

    [Fact]
    public void InsertWith_ThreadHoldsATransactionNobodyEnds_EntryIsInTheFile()
    {
        var entry = new Entry { AuthorId = "29:author", PracticeId = "19:p" };
        using (var db = new CutoverDatabase(_path))
        {
            var entries = new EntryStore(db);
            // What a leak elsewhere leaves behind: a transaction begun on this thread and never committed or rolled back.
            Assert.True(db.Database.BeginTrans());

            entries.InsertWith(entry, before: () => entry.Reference = "CALL-0001", after: () => { });
        }

        using var reopened = new CutoverDatabase(_path);
        Assert.Equal("CALL-0001", new EntryStore(reopened).Find(entry.Id)?.Reference);
    }

    [Fact]
    public void InsertWith_WriteThrows_NothingKeptAndNextSaveIsInTheFile()
    {
        var failed = new Entry { AuthorId = "29:failed", PracticeId = "19:p" };
        var next = new Entry { AuthorId = "29:next", PracticeId = "19:p" };
        using (var db = new CutoverDatabase(_path))
        {
            var entries = new EntryStore(db);
            Assert.Throws<InvalidOperationException>(() => entries.InsertWith(failed, before: () => { }, after: () => throw new InvalidOperationException("audit failed")));

            entries.InsertWith(next, before: () => { }, after: () => { });
        }

        using var reopened = new CutoverDatabase(_path);
        var store = new EntryStore(reopened);
        Assert.Null(store.Find(failed.Id));
        Assert.NotNull(store.Find(next.Id));
    }
}
