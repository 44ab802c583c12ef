using System.Text;
using CutoverBot.Bot.Files;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Tests.Manifest;
using Microsoft.Extensions.Configuration;

namespace CutoverBot.Tests.Security;

public sealed class EncryptionPendingFileTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 30, 0, TimeSpan.Zero);
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("CALL-0001,call,Margaret Evans,1948-02-14,9434765919");

    [Fact]
    public void Add_ExportBytes_StoredSealedAndTakenBackOpened()
    {
        using var db = new CutoverDatabase(":memory:", new KeyRing(DataKey.Generate()));
        var store = new PendingFileStore(db);

        var file = store.Add("29:maria", "riverside.csv", "text/csv", Csv, Now);

        var stored = db.Database.GetCollection("pending_files").FindById(file.Id)["Content"].AsBinary;
        Assert.Equal("CBS"u8.ToArray(), stored[..3]);
        Assert.True(stored.AsSpan().IndexOf("Evans"u8) < 0);
        Assert.Equal(Csv, store.Take(file.Id, "29:maria", Now)!.Content);
    }

    [Fact]
    public void Take_SealedBytesChangedOnDisk_TreatedAsGoneAndRemoved()
    {
        using var db = new CutoverDatabase(":memory:", new KeyRing(DataKey.Generate()));
        var store = new PendingFileStore(db);
        var file = store.Add("29:maria", "riverside.csv", "text/csv", Csv, Now);
        var raw = db.Database.GetCollection("pending_files").FindById(file.Id);
        raw["Content"].AsBinary[^1] ^= 0x01;
        db.Database.GetCollection("pending_files").Update(raw);

        Assert.Null(store.Take(file.Id, "29:maria", Now));
        Assert.Equal(0, store.Count());
    }

    [Fact]
    public void Sample_EncryptionSettings_NamedAndLeftEmpty()
    {
        var sample = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.sample.json"), optional: false).Build();

        Assert.Equal("", sample["Storage:EncryptionKey"]);
        Assert.Empty(sample.GetSection("Storage:PreviousKeys").GetChildren());
        Assert.Contains("openssl rand -base64 32", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.sample.json")));
    }
}
