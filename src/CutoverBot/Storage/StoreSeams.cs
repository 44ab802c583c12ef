using CutoverBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Storage;

/// <summary>
/// Puts the engine's store behind every seam. The features register their LiteDB stores as they always have; for each
/// seam that has a PostgreSQL store, the registration is replaced by one that builds the store of the engine
/// Storage:Provider names, the first time the seam is asked for. The choice is made then rather than while services
/// are registered, because the settings (a test's, an environment variable's) are only complete once the host is built.
/// </summary>
public static class StoreSeams
{
    public static IServiceCollection ChooseStoresByEngine(this IServiceCollection services, Action<IServiceCollection> postgreSqlStores)
    {
        ArgumentNullException.ThrowIfNull(postgreSqlStores);
        var postgres = new ServiceCollection();
        postgreSqlStores(postgres);
        foreach (var seam in postgres)
        {
            var liteDb = services.LastOrDefault(d => d.ServiceType == seam.ServiceType);
            services.RemoveAll(seam.ServiceType);
            // A service only PostgreSQL has (what instances share, such as the tenant-wide limit) is null on LiteDB, where
            // its users take the one-process path.
            services.AddSingleton(seam.ServiceType, sp => sp.GetRequiredService<StorageEngine>().IsPostgreSql ? Build(sp, seam) : liteDb is null ? null! : Build(sp, liteDb));
        }
        return services;
    }

    private static object Build(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType
            ?? throw new InvalidOperationException($"{descriptor.ServiceType.Name} is registered without a way to build it."));

    /// <summary>
    /// The LiteDB database, refused on PostgreSQL: a store still reaching for the file there would keep its data apart
    /// from every other instance's, so it fails at once and plainly instead.
    /// </summary>
    internal static CutoverDatabase RefuseOnPostgreSql(IServiceProvider services, Func<CutoverDatabase> open) =>
        services.GetRequiredService<StorageEngine>().IsPostgreSql
            ? throw new InvalidOperationException("A store asked for the LiteDB database while Storage:Provider is PostgreSql; every store must use the PostgreSQL database.")
            : open();
}
