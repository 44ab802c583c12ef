using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Scheduling;

/// <summary>
/// Registers the morning posts' log (the scheduler writes it, status reads it, one instance for both) and the fan-out
/// lease, on LiteDB: on PostgreSQL the root's AddPostgreSqlStores puts the shared server's in first.
/// </summary>
public static class MorningPostServices
{
    public static IServiceCollection AddMorningPosts(this IServiceCollection services)
    {
        services.TryAddSingleton<PostLogStore>();
        services.TryAddSingleton<IPostLogStore>(sp => sp.GetRequiredService<PostLogStore>());
        services.TryAddSingleton<IFanOutLease, SoleInstanceLease>();
        return services;
    }
}
