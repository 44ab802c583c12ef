using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Delivery.PostgreSql;

public static class DeliveryPostgreSqlServices
{
    /// <summary>
    /// What delivery shares between instances on PostgreSQL: the tenant-wide limit. Call it beside Core's
    /// AddPostgreSqlStores when Storage:Provider is PostgreSql; the per-conversation windows stay in each instance.
    /// </summary>
    public static IServiceCollection AddPostgreSqlDelivery(this IServiceCollection services)
    {
        services.TryAddSingleton<ISharedTenantWindow, PostgresTenantWindow>();
        return services;
    }
}
