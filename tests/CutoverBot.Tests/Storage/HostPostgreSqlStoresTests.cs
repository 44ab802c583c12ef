using CutoverBot.Bot;
using CutoverBot.Bot.Files;
using CutoverBot.Bot.Files.PostgreSql;
using CutoverBot.Bot.Posts;
using CutoverBot.Bot.Posts.PostgreSql;
using CutoverBot.Bot.Welcome;
using CutoverBot.Bot.Welcome.PostgreSql;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Delivery;
using CutoverBot.Delivery.PostgreSql;
using CutoverBot.Graph;
using CutoverBot.Graph.PostgreSql;
using CutoverBot.Storage;
using CutoverBot.Tests.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CutoverBot.Tests.Storage;

/// <summary>
/// On PostgreSQL every host store is the shared one: registered before the folders register their LiteDB stores, it
/// stays (a LiteDB store winning would keep greetings, files and queued replies per instance), and each resolves.
/// </summary>
public sealed class HostPostgreSqlStoresTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly (Type Seam, Type Shared)[] Seams =
    [
        (typeof(IWelcomeStore), typeof(PostgresWelcomeStore)),
        (typeof(IPendingFileStore), typeof(PostgresPendingFileStore)),
        (typeof(IEntryPostStore), typeof(PostgresEntryPostStore)),
        (typeof(IGoLivePostStore), typeof(PostgresGoLivePostStore)),
        (typeof(IChannelFilesNoticeStore), typeof(PostgresChannelFilesNoticeStore)),
        (typeof(IOutboxStore), typeof(PostgresOutboxStore)),
    ];

    [Fact]
    public void AddHostPostgreSqlStores_BeforeTheFolders_EverySeamIsTheSharedStore()
    {
        var services = new ServiceCollection().AddHostPostgreSqlStores();
        services.AddCutoverBot();
        services.AddCutoverDelivery();

        Assert.All(Seams, s => Assert.Equal([s.Shared], services.Where(d => d.ServiceType == s.Seam).Select(d => d.ImplementationType)));
    }

    [Fact]
    public void AddHostPostgreSqlStores_EachStoreResolvesOnTheServer()
    {
        using var db = new PostgresDatabase(database.ConnectionString, KeyRing.Ephemeral);
        var services = new ServiceCollection().AddSingleton(db).AddSingleton(TimeProvider.System).AddHostPostgreSqlStores();
        using var provider = services.BuildServiceProvider();

        Assert.All(Seams, s => Assert.IsType(s.Shared, provider.GetRequiredService(s.Seam)));
        Assert.True(provider.GetRequiredService<IChannelFilesNoticeStore>().FirstTime("practice-1", DateTimeOffset.UtcNow));
        Assert.Equal(0, provider.GetRequiredService<IOutboxStore>().Count);
    }
}
