using CutoverBot.Bot.Files;
using CutoverBot.Bot.Files.PostgreSql;
using CutoverBot.Bot.Posts;
using CutoverBot.Bot.Posts.PostgreSql;
using CutoverBot.Bot.Welcome;
using CutoverBot.Bot.Welcome.PostgreSql;
using CutoverBot.Delivery;
using CutoverBot.Delivery.PostgreSql;
using CutoverBot.Graph;
using CutoverBot.Graph.PostgreSql;

namespace CutoverBot.Hosting;

/// <summary>
/// The PostgreSQL implementation of every host store seam, beside Core's
/// <see cref="CutoverBot.Core.PostgreSqlStores.AddPostgreSqlStores"/>, and what delivery shares between instances
/// there (the tenant-wide limit). <see cref="CoreServiceCollectionExtensions.AddConfiguredStorage"/> puts them behind
/// the seams when Storage:Provider is PostgreSql.
/// </summary>
public static class HostPostgreSqlStores
{
    public static IServiceCollection AddHostPostgreSqlStores(this IServiceCollection services)
    {
        services.AddSingleton<IWelcomeStore, PostgresWelcomeStore>();
        services.AddSingleton<IPendingFileStore, PostgresPendingFileStore>();
        services.AddSingleton<IEntryPostStore, PostgresEntryPostStore>();
        services.AddSingleton<IGoLivePostStore, PostgresGoLivePostStore>();
        services.AddSingleton<IChannelFilesNoticeStore, PostgresChannelFilesNoticeStore>();
        services.AddSingleton<IOutboxStore, PostgresOutboxStore>();
        return services.AddPostgreSqlDelivery();
    }
}
