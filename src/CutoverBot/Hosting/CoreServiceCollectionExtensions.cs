using CutoverBot.Core;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CutoverBot.Hosting;

/// <summary>The storage and domain services, shared by the web host and the command line.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddCutoverCore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // TryAdd so tests (and the command line) can put in their own clock first.
        services.TryAddSingleton(TimeProvider.System);
        services.AddCutoverEncryption();
        services.AddSingleton<StorageEngine>();
        services.AddSingleton(sp => StoreSeams.RefuseOnPostgreSql(sp, () => OpenDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath, sp.GetRequiredService<KeyRing>())));
        // Opening it brings the shared schema up to date, under the migrator's lock when instances start together.
        services.AddSingleton(sp => new PostgresDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString!, sp.GetRequiredService<KeyRing>()));
        services.AddHostedService<DatabaseOpener>();

        services.AddOptions<ChecklistOptions>()
            .BindConfiguration(ChecklistOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Before the features, so the checklist takes this calendar (Checklist:CatalogPath) rather than the embedded one.
        services.AddSingleton(sp => CutoverCatalogLoader.Load(sp.GetRequiredService<IOptions<ChecklistOptions>>().Value.CatalogPath));
        return services.AddCutoverFeatures();
    }

    /// <summary>
    /// Called once every folder has registered its services: each store seam gets the store of the configured engine
    /// (<see cref="StoreSeams"/>).
    /// </summary>
    public static IServiceCollection AddConfiguredStorage(this IServiceCollection services) =>
        services.ChooseStoresByEngine(postgres => postgres.AddPostgreSqlStores().AddHostPostgreSqlStores());

    /// <summary>
    /// Refuses a database file another process has open: two copies of the bot on one file would both write it (on Linux
    /// LiteDB's lock does not keep a second process out) and would both post every morning card. Reported like a bad
    /// setting, so start-up stops with the reason.
    /// </summary>
    private static CutoverDatabase OpenDatabase(string path, KeyRing keys)
    {
        if (DatabaseLock.IsInUse(path))
        {
            throw new OptionsValidationException(StorageOptions.Section, typeof(StorageOptions),
                [$"Storage:DatabasePath ({path}) is already open in another process, most likely another copy of CutoverBot. " +
                 "Run exactly one copy of the bot per database file: stop the other one first."]);
        }
        return new CutoverDatabase(path, keys);
    }
}
