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

namespace CutoverBot.Storage;

/// <summary>
/// Puts the PostgreSQL implementation of every host store seam in place, beside Core's
/// <see cref="CutoverBot.Core.PostgreSqlStores.AddPostgreSqlStores"/>. Called before the host's folders register
/// themselves when Storage:Provider is PostgreSql: each folder registers its LiteDB store with TryAdd, so these win.
/// Expects a <see cref="CutoverBot.Core.Storage.PostgreSql.PostgresDatabase"/> singleton.
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
        return services;
    }
}
