using CutoverBot.Bot.Files;
using CutoverBot.Core.Storage;

namespace CutoverBot.Tests.Hosting;

public sealed class PendingFileStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Take_ByOwnerOnce_ReturnsBytesThenNothing()
    {
        using var db = new CutoverDatabase(":memory:");
        var store = new PendingFileStore(db);
        var file = store.Add("29:maria", "a.xlsx", "x", [1, 2, 3], Now);

        Assert.Null(store.Take(file.Id, "29:sam", Now));
        Assert.Equal([1, 2, 3], store.Take(file.Id, "29:maria", Now)!.Content);
        Assert.Null(store.Take(file.Id, "29:maria", Now));
        Assert.Equal(0, store.Count());
    }

    [Fact]
    public void DeleteExpired_AfterADay_RemovesTheBytes()
    {
        using var db = new CutoverDatabase(":memory:");
        var store = new PendingFileStore(db);
        var old = store.Add("29:maria", "a.xlsx", "x", [1], Now);
        store.Add("29:maria", "b.xlsx", "x", [2], Now.AddHours(23));

        var removed = store.DeleteExpired(Now + IPendingFileStore.Lifetime);

        Assert.Equal(1, removed);
        Assert.Equal(1, store.Count());
        Assert.Null(store.Take(old.Id, "29:maria", Now + IPendingFileStore.Lifetime));
    }

    [Fact]
    public void Take_AfterExpiry_NothingEvenForTheOwner()
    {
        using var db = new CutoverDatabase(":memory:");
        var store = new PendingFileStore(db);
        var file = store.Add("29:maria", "a.xlsx", "x", [1], Now);

        Assert.Null(store.Take(file.Id, "29:maria", Now.AddDays(2)));
        Assert.Equal(0, store.Count());
    }
}
